package nl.municipalnetworks.finance.invoice;

import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.money.VatTreatment;

/**
 * The VAT of one category and rate on an invoice (EN 16931 BG-23): the taxable amount (BT-116) is the sum of
 * the line net amounts of that category and rate; the tax (BT-117) is that sum x rate, rounded HALF_UP to the
 * cent once. VAT is not computed per line and then added up, which could drift a cent per line.
 */
public record VatBreakdown(VatTreatment vat, Money taxableAmount, Money taxAmount) {

    public static VatBreakdown on(VatTreatment vat, Money taxableAmount) {
        return new VatBreakdown(vat, taxableAmount, vat.rate().taxOn(taxableAmount));
    }
}
