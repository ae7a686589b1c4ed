package nl.municipalnetworks.finance.invoice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice number in one seller's sequence of one year: {@code 2026-000001}. Four digits of the year, a dash,
 * six digits of the sequence, which starts at 1 every year. The seller is not part of the number: each seller
 * (Meierijstad for M50, Platform31) has its own sequences, and the number is unique together with the seller.
 */
public record InvoiceNumber(int year, int sequence) implements Comparable<InvoiceNumber> {

    public static final int MAX_SEQUENCE = 999_999;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})");

    public InvoiceNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("an invoice year has four digits from 2000, got " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("an invoice sequence number runs from 1 to " + MAX_SEQUENCE + ", got " + sequence);
        }
    }

    public static InvoiceNumber first(int year) {
        return new InvoiceNumber(year, 1);
    }

    public static InvoiceNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("an invoice number looks like 2026-000001, got '" + text + "'");
        }
        return new InvoiceNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The number after this one in the same year; a full year refuses rather than wrap or skip. */
    public InvoiceNumber next() {
        if (sequence == MAX_SEQUENCE) {
            throw new IllegalStateException("the invoice numbers of " + year + " are used up at " + this);
        }
        return new InvoiceNumber(year, sequence + 1);
    }

    @Override
    public int compareTo(InvoiceNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("%04d-%06d", year, sequence);
    }
}
