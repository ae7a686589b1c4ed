package nl.municipalnetworks.finance.testing;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.finance.time.FinanceClock;

import java.time.Clock;
import java.time.Duration;

/**
 * The finance clock of the tests: the real one, moved a number of days when a test says so (an invoice issued today
 * is overdue 31 days later), so that no test waits. A test that moves it puts it back when done
 * ({@link #reset()} in a finally), so that the next test sees today.
 */
@Mock
@ApplicationScoped
public class AdjustableFinanceClock extends FinanceClock {

    private volatile Duration shift = Duration.ZERO;

    @Override
    public Clock clock() {
        return Clock.offset(super.clock(), shift);
    }

    /** From now on "today" is {@code days} days after the real today. */
    public void moveDays(long days) {
        shift = Duration.ofDays(days);
    }

    public void reset() {
        shift = Duration.ZERO;
    }
}
