package nl.municipalnetworks.events.event;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static nl.municipalnetworks.events.event.EventStatus.CANCELLED;
import static nl.municipalnetworks.events.event.EventStatus.CLOSED;
import static nl.municipalnetworks.events.event.EventStatus.HELD;
import static nl.municipalnetworks.events.event.EventStatus.OPEN;
import static nl.municipalnetworks.events.event.EventStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

class EventStatusTest {

    private static final Instant STARTS = Instant.parse("2025-03-27T12:00:00Z");
    private static final Instant BEFORE = STARTS.minusSeconds(3600);
    private static final Instant AFTER = STARTS.plusSeconds(3600);

    @Test
    void aPlannedEventOpensRegistrationOrIsCancelledButIsNotHeldOrClosedStraightAway() {
        assertThat(PLANNED.refusalOfChangeTo(OPEN, STARTS, BEFORE)).isNull();
        assertThat(PLANNED.refusalOfChangeTo(CANCELLED, STARTS, BEFORE)).isNull();
        assertThat(PLANNED.refusalOfChangeTo(CLOSED, STARTS, BEFORE)).contains("PLANNED cannot become CLOSED");
        assertThat(PLANNED.refusalOfChangeTo(HELD, STARTS, AFTER)).contains("cannot become HELD");
    }

    @Test
    void registrationClosesAndOpensAgainUntilTheEventIsHeld() {
        assertThat(OPEN.refusalOfChangeTo(CLOSED, STARTS, BEFORE)).isNull();
        assertThat(CLOSED.refusalOfChangeTo(OPEN, STARTS, BEFORE)).isNull();
        assertThat(CLOSED.refusalOfChangeTo(HELD, STARTS, AFTER)).isNull();
        assertThat(OPEN.refusalOfChangeTo(HELD, STARTS, AFTER)).isNull();
    }

    @Test
    void anEventIsHeldOnlyOnceItHasStarted() {
        assertThat(OPEN.refusalOfChangeTo(HELD, STARTS, BEFORE)).isEqualTo("an event is HELD only once it has started");
        assertThat(CLOSED.refusalOfChangeTo(HELD, STARTS, STARTS)).isNull();
    }

    @Test
    void heldAndCancelledAreFinal() {
        for (EventStatus target : EventStatus.values()) {
            assertThat(HELD.refusalOfChangeTo(target, STARTS, AFTER)).contains("HELD is final");
            assertThat(CANCELLED.refusalOfChangeTo(target, STARTS, AFTER)).contains("CANCELLED is final");
        }
        assertThat(OPEN.refusalOfChangeTo(OPEN, STARTS, BEFORE)).isNotNull();
        assertThat(HELD.isLive()).isFalse();
        assertThat(CANCELLED.isLive()).isFalse();
        assertThat(CLOSED.isLive()).isTrue();
    }
}
