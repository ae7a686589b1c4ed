package nl.municipalnetworks.finance.party;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What an e-invoice says about a party that sends or receives it (EN 16931 BG-4 seller, BG-7 buyer, as the NLCIUS
 * narrows them for Dutch parties): the legal name, a Dutch address (street, postcode, city; BR-NL-3/4), the KvK
 * number, the OIN of a government body, the VAT number, the account it is paid on (IBAN, BIC), an e-mail address
 * for invoices (a functional mailbox such as facturen@..., not a person's), the Peppol scheme it receives on, and
 * the reference it asks its suppliers to quote (buyer reference, BT-10).
 *
 * <p>Every value is normalised as {@link Identifiers} and {@link Iban} write it. Only what every party needs is
 * required here; what one role needs (a seller's IBAN, a seller's VAT number on an invoice with VAT) is checked
 * where the invoice is written, which names the party.
 *
 * @param oin            null unless a government body
 * @param vatNumber      null for a party without one
 * @param iban           null for a party that is not paid through this service
 * @param buyerReference null: the invoice quotes the municipality's CBS code
 */
public record BillingDetails(String legalName, String street, String postcode, String city, String country,
                             String kvkNumber, String oin, String vatNumber, Iban iban, String bic, String email,
                             PeppolScheme peppolScheme, String buyerReference) {

    /** The country of every party: the postcode, KvK number and VAT number are Dutch. */
    public static final String NETHERLANDS = "NL";

    public BillingDetails {
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kvkNumber, "kvkNumber");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(peppolScheme, "peppolScheme");
        if (peppolScheme == PeppolScheme.OIN && oin == null) {
            throw new IllegalArgumentException("a party that receives on its OIN has one");
        }
    }

    /**
     * The registration that identifies the party legally (BT-30, BT-47): the OIN of a government body, else the
     * KvK number.
     */
    public PeppolScheme legalRegistrationScheme() {
        return oin != null ? PeppolScheme.OIN : PeppolScheme.KVK;
    }

    public String legalRegistrationId() {
        return idIn(legalRegistrationScheme());
    }

    /** The Peppol endpoint (BT-34, BT-49): the party's KvK number or OIN, as its scheme says. */
    public String endpointId() {
        return idIn(peppolScheme);
    }

    private String idIn(PeppolScheme scheme) {
        return scheme == PeppolScheme.OIN ? oin : kvkNumber;
    }

    /** The details as a client typed them, before they are checked; {@link #parse} checks them all at once. */
    public record Draft(String legalName, String street, String postcode, String city, String country,
                        String kvkNumber, String oin, String vatNumber, String iban, String bic, String email,
                        String peppolScheme, String buyerReference) {

        /** The details, normalised; or an {@link Invalid} that names every wrong field with the reason. */
        public BillingDetails parse() {
            Map<String, String> problems = new LinkedHashMap<>();
            String name = required(problems, "legalName", legalName, UnaryOperator.identity());
            String streetName = required(problems, "street", street, String::trim);
            String code = required(problems, "postcode", postcode, Identifiers::postcode);
            String place = required(problems, "city", city, String::trim);
            String land = required(problems, "country", country, value -> {
                if (!NETHERLANDS.equals(value)) {
                    throw new IllegalArgumentException("must be NL: parties are Dutch (postcode, KvK and VAT number)");
                }
                return value;
            });
            String kvk = required(problems, "kvkNumber", kvkNumber, Identifiers::kvkNumber);
            String oinValue = optional(problems, "oin", oin, Identifiers::oin);
            String vat = optional(problems, "vatNumber", vatNumber, Identifiers::vatNumber);
            Iban account = optional(problems, "iban", iban, Iban::parse);
            String bicValue = optional(problems, "bic", bic, Identifiers::bic);
            String mail = required(problems, "email", email, Identifiers::email);
            PeppolScheme scheme = required(problems, "peppolScheme", peppolScheme, PeppolScheme::ofCode);
            String reference = optional(problems, "buyerReference", buyerReference, String::trim);
            if (scheme == PeppolScheme.OIN && oinValue == null && !problems.containsKey("oin")) {
                problems.put("oin", "is required when the party receives e-invoices on its OIN (peppolScheme 0190)");
            }
            if (bicValue != null && account == null && !problems.containsKey("iban")) {
                problems.put("iban", "is required with a BIC: the BIC names the bank of this account");
            }
            if (!problems.isEmpty()) {
                throw new Invalid(problems);
            }
            return new BillingDetails(name, streetName, code, place, land, kvk, oinValue, vat, account, bicValue,
                    mail, scheme, reference);
        }

        private static <T> T required(Map<String, String> problems, String field, String value,
                                      java.util.function.Function<String, T> parse) {
            if (value == null || value.isBlank()) {
                problems.put(field, "is required");
                return null;
            }
            return optional(problems, field, value, parse);
        }

        private static <T> T optional(Map<String, String> problems, String field, String value,
                                      java.util.function.Function<String, T> parse) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String unfit = unfitForXml(value);
            if (unfit != null) {
                problems.put(field, unfit);
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                problems.put(field, e.getMessage());
                return null;
            }
        }

        /** Characters an XML 1.0 document cannot hold (the e-invoice is XML): why the text is refused, or null. */
        private static String unfitForXml(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\uFFFE' || c == '\uFFFF' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                    return "holds a character that an e-invoice (XML) cannot carry";
                }
            }
            return null;
        }
    }

    /** Billing details that break a rule: every wrong field with the reason, in the order of the fields. */
    public static final class Invalid extends IllegalArgumentException {

        private final Map<String, String> problems;

        Invalid(Map<String, String> problems) {
            super(String.join("; ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
            this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        /** Field name to reason. */
        public Map<String, String> problems() {
            return problems;
        }
    }
}
