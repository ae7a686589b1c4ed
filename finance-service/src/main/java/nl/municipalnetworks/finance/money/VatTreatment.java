package nl.municipalnetworks.finance.money;

import java.util.Objects;

/**
 * How VAT applies to an amount: a category and its rate. EN 16931 ties the two together: standard rate
 * needs a rate above zero (BR-S-05); zero rated, exempt and outside scope carry 0 % (BR-Z-05, BR-E-05, BR-O-05).
 */
public record VatTreatment(VatCategory category, VatRate rate) {

    /**
     * Platform31's contributions: the samenwerkingsovereenkomst prices "€ 0,15 ex BTW per inwoner per jaar"
     * (seed deventer-g40-platform31-convenant.txt, art. 3.1), so 21 % VAT comes on top.
     */
    public static final VatTreatment STANDARD_21 = new VatTreatment(VatCategory.STANDARD_RATE, VatRate.STANDARD_NL);

    /**
     * Not subject to VAT. The M50 member contribution ("ledenbijdrage (€3.500,- per jaar)", seed
     * m50-strategische-agenda-2019-2022.txt, section 5) is stated without VAT: municipalities sharing the
     * network's costs through a member that collects them (Meierijstad) is no taxable supply.
     */
    public static final VatTreatment OUTSIDE_SCOPE = new VatTreatment(VatCategory.OUTSIDE_SCOPE, VatRate.ZERO);

    public static final VatTreatment EXEMPT = new VatTreatment(VatCategory.EXEMPT, VatRate.ZERO);

    public static final VatTreatment ZERO_RATED = new VatTreatment(VatCategory.ZERO_RATED, VatRate.ZERO);

    public VatTreatment {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rate, "rate");
        if (category == VatCategory.STANDARD_RATE && rate.isZero()) {
            throw new IllegalArgumentException("the standard VAT category needs a rate above 0 %");
        }
        if (category != VatCategory.STANDARD_RATE && !rate.isZero()) {
            throw new IllegalArgumentException("VAT category " + category.code() + " has a rate of 0 %, got " + rate);
        }
    }

    public static VatTreatment standard(String percent) {
        return new VatTreatment(VatCategory.STANDARD_RATE, VatRate.of(percent));
    }

    @Override
    public String toString() {
        return category.code() + " " + rate;
    }
}
