package nl.municipalnetworks.finance.invoice;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatCategory;
import nl.municipalnetworks.finance.money.VatTreatment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of an invoice, derived from its lines and nothing else, so that the sum of the lines always equals
 * the invoice total: net (BT-106, sum of line net amounts) + VAT (BT-110, sum of the per-category tax) = total
 * (BT-112). There are no document-level allowances or charges (BG-20/21) here: a reduction is a line.
 *
 * <p>Rules checked: an invoice has a line (BR-16); an invoice with a line outside the scope of VAT has only
 * such lines (BR-O-11 to BR-O-14).
 *
 * @param breakdown one entry per VAT category and rate, in the order the lines first name them
 */
public record InvoiceTotals(Money netTotal, List<VatBreakdown> breakdown, Money vatTotal, Money total) {

    public InvoiceTotals {
        breakdown = List.copyOf(breakdown);
    }

    public static InvoiceTotals of(List<InvoiceLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line (EN 16931 BR-16)");
        }
        boolean outsideScope = lines.stream().anyMatch(line -> line.vat().category() == VatCategory.OUTSIDE_SCOPE);
        if (outsideScope && !lines.stream().allMatch(line -> line.vat().category() == VatCategory.OUTSIDE_SCOPE)) {
            throw new IllegalArgumentException("an invoice with lines outside the scope of VAT has no other VAT categories (EN 16931 BR-O-11)");
        }
        Money netTotal = Money.ZERO;
        Map<VatTreatment, Money> taxablePerTreatment = new LinkedHashMap<>();
        for (InvoiceLine line : lines) {
            Money net = line.netAmount();
            netTotal = netTotal.plus(net);
            taxablePerTreatment.merge(line.vat(), net, Money::plus);
        }
        List<VatBreakdown> breakdown = new ArrayList<>();
        Money vatTotal = Money.ZERO;
        for (Map.Entry<VatTreatment, Money> entry : taxablePerTreatment.entrySet()) {
            VatBreakdown vat = VatBreakdown.on(entry.getKey(), entry.getValue());
            breakdown.add(vat);
            vatTotal = vatTotal.plus(vat.taxAmount());
        }
        return new InvoiceTotals(netTotal, breakdown, vatTotal, netTotal.plus(vatTotal));
    }
}
