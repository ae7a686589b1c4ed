package nl.municipalnetworks.finance.party;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Dutch identifiers on an invoice, each read as people type it and written one way. Every method answers
 * the normalised value or throws an IllegalArgumentException whose message says, in the user's words, what the
 * value must be.
 */
public final class Identifiers {

    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Pattern OIN = Pattern.compile("[0-9]{20}");
    private static final Pattern VAT = Pattern.compile("NL[0-9]{9}B[0-9]{2}");
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    /** Deliberately simple: one @, no spaces, a dot in the domain. A mailbox is checked by sending to it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Identifiers() {
    }

    /** Chamber of Commerce (KvK) number: eight digits ({@code 12345678}); spaces and dots as typed are dropped. */
    public static String kvkNumber(String text) {
        String value = text.replace(" ", "").replace(".", "");
        if (!KVK.matcher(value).matches()) {
            throw new IllegalArgumentException("must be a KvK number of eight digits, e.g. 12345678");
        }
        return value;
    }

    /**
     * Government organisation identification number (OIN, Logius): twenty digits; a municipality's is 00000001,
     * its RSIN and 000.
     */
    public static String oin(String text) {
        String value = text.replace(" ", "");
        if (!OIN.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an OIN of twenty digits, e.g. 00000001001234567000");
        }
        return value;
    }

    /** Dutch VAT identification number (btw-id): NL, nine digits, B and two digits ({@code NL001234567B01}). */
    public static String vatNumber(String text) {
        String value = text.replace(" ", "").replace(".", "").toUpperCase(Locale.ROOT);
        if (!VAT.matcher(value).matches()) {
            throw new IllegalArgumentException("must be a Dutch VAT number: NL, nine digits, B and two digits, e.g. NL001234567B01");
        }
        return value;
    }

    /** Dutch postcode, four digits (not starting with 0), a space and two capitals: {@code 7411 HR}. */
    public static String postcode(String text) {
        var matcher = POSTCODE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(2).matches("SA|SD|SS")) {
            throw new IllegalArgumentException("must be a Dutch postcode: four digits and two letters, e.g. 7411 HR");
        }
        return matcher.group(1) + " " + matcher.group(2);
    }

    /** Bank identifier code (BIC, ISO 9362): eight or eleven characters, e.g. {@code BNGHNL2G}. */
    public static String bic(String text) {
        String value = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(value).matches()) {
            throw new IllegalArgumentException("must be a BIC of eight or eleven characters, e.g. BNGHNL2G");
        }
        return value;
    }

    public static String email(String text) {
        String value = text.trim();
        if (!EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an e-mail address, e.g. facturen@deventer.nl");
        }
        return value;
    }
}
