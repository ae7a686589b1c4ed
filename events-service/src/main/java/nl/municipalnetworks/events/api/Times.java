package nl.municipalnetworks.events.api;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.time.DutchTime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Meetings happen in Europe/Amsterdam. The API takes a moment as ISO 8601 with its offset
 * ({@code 2025-03-27T14:00:00+01:00}, or {@code Z}) and answers it in Dutch time with the offset that applied on that
 * day (+01:00 in winter, +02:00 in summer); the database keeps the instant.
 */
public final class Times {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final String EXPECTED = "must be a date and time with its offset, such as 2025-03-27T14:00:00+01:00, in the years "
            + FIRST_YEAR + " to " + LAST_YEAR + ", to the microsecond at most";

    private Times() {
    }

    /** A required moment of a request field. */
    public static OffsetDateTime required(String field, String text) {
        if (text == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return optional(field, text);
    }

    public static OffsetDateTime optional(String field, String text) {
        if (text == null) {
            return null;
        }
        OffsetDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, EXPECTED);
        }
        int year = parsed.atZoneSameInstant(DutchTime.ZONE).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR || parsed.getNano() % 1000 != 0) {
            throw ProblemException.invalid(field, EXPECTED);
        }
        return parsed.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The moment as the API shows it: Dutch time with the offset of that day. */
    public static OffsetDateTime dutch(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(DutchTime.ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime dutch(Instant moment) {
        return moment == null ? null : moment.atZone(DutchTime.ZONE).toOffsetDateTime();
    }

    /**
     * Now, to the microsecond: what PostgreSQL keeps of a timestamp, so that the answer to a write equals what a later
     * read answers.
     */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The first moment of a Dutch calendar year. */
    public static OffsetDateTime startOfYear(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
    }
}
