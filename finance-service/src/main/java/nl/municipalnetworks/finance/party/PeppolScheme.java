package nl.municipalnetworks.finance.party;

/**
 * How a party is known on the Peppol network and in the legal registration of an e-invoice: by its KvK number
 * (ISO 6523 ICD 0106) or by its OIN (0190), the two schemes the NLCIUS allows for Dutch parties (BR-NL-1,
 * BR-NL-10). Dutch government bodies receive on their OIN.
 */
public enum PeppolScheme {
    KVK("0106"),
    OIN("0190");

    private final String code;

    PeppolScheme(String code) {
        this.code = code;
    }

    /** The ICD / EAS code, the {@code schemeID} in the e-invoice. */
    public String code() {
        return code;
    }

    /** The scheme of a code as the API takes it (0106, 0190). */
    public static PeppolScheme ofCode(String code) {
        for (PeppolScheme scheme : values()) {
            if (scheme.code.equals(code)) {
                return scheme;
            }
        }
        throw new IllegalArgumentException("must be 0106 (KvK number) or 0190 (OIN)");
    }
}
