package nl.municipalnetworks.finance.invoice;

import nl.municipalnetworks.finance.party.Party;

import java.util.List;
import java.util.Objects;

/**
 * An invoice before it is issued: who sends it, who pays it, and its lines. It has no number yet; the number is
 * given when it is issued ({@link InvoiceNumbering}), so that a draft that is thrown away leaves no gap.
 *
 * @param seller the legal party that invoices and collects (EN 16931 BG-4): Meierijstad for M50, Platform31
 * @param buyer  the payer (BG-7)
 */
public record InvoiceDraft(Party seller, Party buyer, List<InvoiceLine> lines) {

    public InvoiceDraft {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
        if (seller.isSameAs(buyer)) {
            throw new IllegalArgumentException(seller + " does not invoice itself");
        }
        InvoiceTotals.of(lines); // refuses what can never become an invoice, now rather than at issue
    }

    public InvoiceTotals totals() {
        return InvoiceTotals.of(lines);
    }
}
