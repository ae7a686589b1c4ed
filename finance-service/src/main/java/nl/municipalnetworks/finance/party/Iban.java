package nl.municipalnetworks.finance.party;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * An International Bank Account Number (ISO 13616), the account a seller is paid on by SEPA credit transfer.
 * Written without spaces in capitals ({@code NL91ABNA0417164300}); {@link #parse} takes it as people type it
 * ({@code nl91 abna 0417 1643 00}).
 *
 * <p>Checked as ISO 13616 says: the country code and the two check digits moved to the end, letters as numbers
 * (A = 10 ... Z = 35), the whole number modulo 97 is 1. A Dutch IBAN is 18 characters: NL, two check digits,
 * four letters of the bank and ten digits of the account.
 */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    public Iban {
        Objects.requireNonNull(value, "value");
        String reason = refusal(value);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
    }

    /** The IBAN in {@code text}, spaces removed and in capitals; an IllegalArgumentException says why not. */
    public static Iban parse(String text) {
        return new Iban(text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** Why {@code iban} (no spaces, capitals) is not an IBAN, or null when it is one. */
    static String refusal(String iban) {
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return "must be an IBAN: two letters of the country, two check digits and the account, e.g. NL91ABNA0417164300";
        }
        if (iban.startsWith("NL") && !iban.matches("NL[0-9]{2}[A-Z]{4}[0-9]{10}")) {
            return "must be a Dutch IBAN of 18 characters: NL, two check digits, four letters of the bank and ten digits";
        }
        if (!hasValidCheckDigits(iban)) {
            return "has wrong check digits (ISO 13616 modulo 97): a typing error?";
        }
        return null;
    }

    /** ISO 13616's check: the first four characters moved to the end, letters as 10..35, modulo 97 is 1. */
    static boolean hasValidCheckDigits(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The check digits that make {@code countryCode + ?? + account} a valid IBAN (for fictitious test data). */
    public static String withCheckDigits(String countryCode, String account) {
        String probe = countryCode + "00" + account;
        String rearranged = probe.substring(4) + probe.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
        return countryCode + String.format("%02d", check) + account;
    }

    /** Grouped by four, as printed on an invoice: NL91 ABNA 0417 1643 00. */
    public String grouped() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return value;
    }
}
