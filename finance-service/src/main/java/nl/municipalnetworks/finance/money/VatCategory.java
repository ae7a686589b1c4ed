package nl.municipalnetworks.finance.money;

/**
 * The VAT categories an invoice of the networks can carry, with their code from UNCL5305 as EN 16931 (BT-151,
 * BT-118) and the NLCIUS use them.
 */
public enum VatCategory {
    /** Taxed at a rate above zero (21 % in the Netherlands). */
    STANDARD_RATE("S"),
    /** Taxable at 0 %. */
    ZERO_RATED("Z"),
    /** Exempt from VAT (e.g. certain services of public bodies). */
    EXEMPT("E"),
    /** Not subject to VAT at all: no taxable supply (e.g. contributions between public bodies for a shared cost). */
    OUTSIDE_SCOPE("O");

    private final String code;

    VatCategory(String code) {
        this.code = code;
    }

    /** The UNCL5305 code that goes into the e-invoice. */
    public String code() {
        return code;
    }
}
