package nl.municipalnetworks.finance.time;

import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.time.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * "Today" for payments, overdue invoices, reminders and credit notes: the Dutch calendar day (Europe/Amsterdam).
 * One bean, so that a test moves the day (a test-only replacement) instead of waiting for an invoice to fall due.
 */
@ApplicationScoped
public class FinanceClock {

    /** The clock everything here reads; a test replacement answers another one. */
    public Clock clock() {
        return Clock.system(DutchTime.ZONE);
    }

    public LocalDate today() {
        return DutchTime.today(clock());
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock());
    }
}
