package nl.municipalnetworks.finance.einvoice;

import nl.municipalnetworks.finance.invoice.InvoiceEntity;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.InvoiceLineEntity;
import nl.municipalnetworks.finance.invoice.InvoiceTotals;
import nl.municipalnetworks.finance.invoice.QuantityUnit;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatCategory;
import nl.municipalnetworks.finance.money.VatRate;
import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.BillingDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An issued invoice with everything its e-invoice ({@link UblInvoiceWriter}) and its printable form
 * ({@link InvoiceHtml}) say, checked once: the seller's and buyer's billing details, the lines as the domain's
 * {@link InvoiceLine}s and the totals and VAT breakdown derived from them ({@link InvoiceTotals}), which must be
 * the totals stored with the invoice, so that the lines always add up to what the invoice asks.
 *
 * <p>What a seller must have for the invoice to be sent is checked here and refused with {@link Incomplete},
 * naming the party: an IBAN (payment by SEPA credit transfer, EN 16931 BR-61) and, on an invoice with VAT, a
 * VAT number (BR-S-02, BR-Z-02, BR-E-02).
 *
 * @param buyerReference BT-10: the reference the buyer asked for, else the municipality's CBS code (GM0150),
 *                       else its id, so that a municipality's accounts payable can route it (Peppol R003)
 */
public record EInvoice(InvoiceEntity invoice, List<Line> lines, BillingDetails seller, BillingDetails buyer,
                       InvoiceTotals totals, String buyerReference) {

    /** One stored line with the domain's line computed from it. */
    public record Line(int position, InvoiceLine line, Money netAmount) {
    }

    /** The invoice cannot be written: a party's billing details lack what it needs. */
    public static final class Incomplete extends IllegalStateException {

        private final String party;

        public Incomplete(String party, String message) {
            super(message);
            this.party = party;
        }

        /** "seller" or "buyer". */
        public String party() {
            return party;
        }
    }

    public EInvoice {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        lines = List.copyOf(lines);
    }

    public static EInvoice of(InvoiceEntity invoice, List<InvoiceLineEntity> stored, BillingDetails seller,
                              BillingDetails buyer) {
        List<Line> lines = new ArrayList<>();
        for (InvoiceLineEntity l : stored) {
            InvoiceLine line = new InvoiceLine(l.description, l.quantity, QuantityUnit.valueOf(l.unit), l.unitPrice,
                    l.baseQuantity, new VatTreatment(VatCategory.valueOf(l.vatCategory), new VatRate(l.vatPercent)));
            Money net = new Money(l.netAmount);
            if (!line.netAmount().equals(net)) {
                throw new IllegalStateException("line " + l.position + " of invoice " + invoice.number + " stores "
                        + net + " but its quantity and price give " + line.netAmount());
            }
            lines.add(new Line(l.position, line, net));
        }
        InvoiceTotals totals = InvoiceTotals.of(lines.stream().map(Line::line).toList());
        if (!totals.netTotal().equals(new Money(invoice.netTotal)) || !totals.vatTotal().equals(new Money(invoice.vatTotal))
                || !totals.total().equals(new Money(invoice.total))) {
            throw new IllegalStateException("invoice " + invoice.number + " stores totals that its lines do not give");
        }
        if (seller.iban() == null) {
            throw new Incomplete("seller", "The seller " + seller.legalName() + " has no IBAN in its billing details: "
                    + "the invoice asks for payment by credit transfer to it");
        }
        boolean withVat = totals.breakdown().stream().anyMatch(b -> b.vat().category() != VatCategory.OUTSIDE_SCOPE);
        if (withVat && seller.vatNumber() == null) {
            throw new Incomplete("seller", "The seller " + seller.legalName() + " has no VAT number in its billing "
                    + "details, which an invoice with VAT states (EN 16931 BR-S-02)");
        }
        String reference = buyer.buyerReference() != null ? buyer.buyerReference()
                : invoice.payerCbsCode != null ? invoice.payerCbsCode : String.valueOf(invoice.payerMunicipalityId);
        return new EInvoice(invoice, lines, seller, buyer, totals, reference);
    }

    /** Whether the invoice is outside the scope of VAT (then no VAT numbers are stated, EN 16931 BR-O-02). */
    public boolean outsideScopeOfVat() {
        return totals.breakdown().stream().allMatch(b -> b.vat().category() == VatCategory.OUTSIDE_SCOPE);
    }

    /** The period the contribution is for: its calendar year (BG-14). */
    public LocalDate periodStart() {
        return LocalDate.of(invoice.year, 1, 1);
    }

    public LocalDate periodEnd() {
        return LocalDate.of(invoice.year, 12, 31);
    }

    /** The VAT exemption reason (BT-121) a category needs in the breakdown, in Dutch; null for a rate. */
    static String exemptionReason(VatCategory category) {
        return switch (category) {
            case OUTSIDE_SCOPE -> "Niet onderworpen aan btw";
            case EXEMPT -> "Vrijgesteld van btw";
            case STANDARD_RATE, ZERO_RATED -> null;
        };
    }
}
