package nl.municipalnetworks.finance.invoice;

import nl.municipalnetworks.commons.time.DutchTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Invoice numbers per seller and year, without gaps, as Dutch VAT law asks of an invoice's "uniek volgnummer"
 * and as the issue asks ("numbering per seller and year without gaps"). A pure rule: given the last number
 * the seller issued in a year, it says the next one. Keeping the last number, per (seller, year), in the same
 * transaction as the invoice it numbers is {@link InvoiceNumberCounter}'s job; a number is only taken when an
 * invoice is issued, never for a draft, and a credit note takes the next number of the same sequence.
 */
public final class InvoiceNumbering {

    private InvoiceNumbering() {
    }

    /**
     * The number for the next invoice of a seller in {@code year}.
     *
     * @param lastOfThatYear the last number this seller issued in {@code year}, empty if none yet
     */
    public static InvoiceNumber next(int year, Optional<InvoiceNumber> lastOfThatYear) {
        return lastOfThatYear.map(last -> {
            if (last.year() != year) {
                throw new IllegalArgumentException("the last number " + last + " is not of " + year + ": each year has its own sequence");
            }
            return last.next();
        }).orElseGet(() -> InvoiceNumber.first(year));
    }

    /** The year an invoice issued at {@code issuedAt} is numbered in: the Dutch calendar year (Europe/Amsterdam). */
    public static int yearOfIssue(Instant issuedAt) {
        return issuedAt.atZone(DutchTime.ZONE).getYear();
    }

    /**
     * The sequence numbers missing from one seller's numbers of {@code year}, between 1 and the highest issued;
     * empty when the numbering is gapless. For the annual accounts' check and for tests of the repository later.
     */
    public static List<InvoiceNumber> missing(int year, Iterable<InvoiceNumber> issued) {
        TreeSet<Integer> sequences = new TreeSet<>();
        for (InvoiceNumber number : issued) {
            if (number.year() != year) {
                throw new IllegalArgumentException(number + " is not of " + year);
            }
            sequences.add(number.sequence());
        }
        List<InvoiceNumber> missing = new ArrayList<>();
        int highest = sequences.isEmpty() ? 0 : sequences.last();
        for (int sequence = 1; sequence < highest; sequence++) {
            if (!sequences.contains(sequence)) {
                missing.add(new InvoiceNumber(year, sequence));
            }
        }
        return missing;
    }
}
