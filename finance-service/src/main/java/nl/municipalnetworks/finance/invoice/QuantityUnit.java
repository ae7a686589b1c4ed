package nl.municipalnetworks.finance.invoice;

/** The unit of an invoice line's quantity, with its UN/ECE Recommendation 20 code (EN 16931 BT-130). */
public enum QuantityUnit {
    /** One item: a flat contribution. */
    ONE("C62"),
    /** Inhabitants of a municipality (Rec 20 "person"). */
    INHABITANT("IE"),
    /** Calendar months: a pro rata contribution. */
    MONTH("MON");

    private final String code;

    QuantityUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
