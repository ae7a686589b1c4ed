package nl.municipalnetworks.commons.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The networks live in Europe/Amsterdam: "today" (a deadline, a term that starts today) is the Dutch calendar day,
 * whatever zone the server runs in. Between midnight and 01:00 or 02:00 Dutch time, UTC is still on yesterday.
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** For tests that fix the moment. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
