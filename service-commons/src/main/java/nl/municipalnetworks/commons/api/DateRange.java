package nl.municipalnetworks.commons.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates the platform accepts: written as {@code YYYY-MM-DD} and between 1800-01-01 and
 * 2199-12-31. Reference dates, membership dates and meeting dates all fall well inside; the range
 * keeps what is answered, stored in PostgreSQL and published in an event the same date (PostgreSQL
 * and ISO-8601 text disagree about extreme years).
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** The reason given when a date is refused. */
    public static final String EXPECTED = "must be a date written as YYYY-MM-DD between " + EARLIEST + " and " + LATEST;

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateRange() {
    }

    /** The date {@code text} stands for, or empty when it is not a real date written as YYYY-MM-DD within the range. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, STRICT);
            return contains(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
