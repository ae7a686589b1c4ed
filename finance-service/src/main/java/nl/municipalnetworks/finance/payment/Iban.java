package nl.municipalnetworks.finance.payment;

import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An international bank account number (ISO 13616), as Dutch payers write it: with or without spaces, in any
 * case ("nl91 abna 0417 1643 00"). Valid when its shape fits (two letters of the country, two check digits, the
 * country's length where it is known: 18 for the Netherlands, with four letters of the bank and ten digits) and its
 * check digits hold: the number, its first four characters moved to the end and letters read as 10 to 35,
 * leaves 1 when divided by 97 (mod-97, ISO 7064).
 *
 * @param value compact and in capitals: NL91ABNA0417164300
 */
public record Iban(String value) {

    /** The lengths of the countries of the SEPA area (the ISO 13616 registry). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23),
            Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("VA", 22));

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern DUTCH = Pattern.compile("NL[0-9]{2}[A-Z]{4}[0-9]{10}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        String refusal = refusal(value);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
    }

    /** From what a person typed: spaces (and a no-break space) dropped, capitals. */
    public static Iban parse(String text) {
        return new Iban(compact(text));
    }

    public static boolean isValid(String text) {
        return text != null && refusal(compact(text)) == null;
    }

    /** Why {@code text} is no IBAN, in words, or null when it is one. */
    public static String whyNot(String text) {
        return text == null ? "is required" : refusal(compact(text));
    }

    /** Grouped by four, as printed on an invoice: NL91 ABNA 0417 1643 00. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return value;
    }

    private static String compact(String text) {
        return text == null ? null : text.replaceAll("[\\s\\u00a0]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String refusal(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            return "is not an IBAN: two letters of the country, two check digits and the account, e.g. NL91 ABNA 0417 1643 00";
        }
        Integer length = LENGTHS.get(value.substring(0, 2));
        if (length != null && value.length() != length) {
            return "is not an IBAN: one of " + value.substring(0, 2) + " has " + length + " characters, not " + value.length();
        }
        if (value.startsWith("NL") && !DUTCH.matcher(value).matches()) {
            return "is not a Dutch IBAN: NL, two check digits, four letters of the bank and ten digits";
        }
        if (!checkDigitsHold(value)) {
            return "is not an IBAN: its check digits do not match (a typing error?)";
        }
        return null;
    }

    /** ISO 7064 mod 97-10: the rearranged number leaves 1. */
    static boolean checkDigitsHold(String value) {
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
