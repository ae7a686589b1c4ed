package nl.municipalnetworks.events.registration;

import nl.municipalnetworks.events.event.EventStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRulesTest {

    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2025-03-20T23:59:00+01:00");
    private static final OffsetDateTime STARTS = OffsetDateTime.parse("2025-03-27T13:00:00+01:00");

    @Test
    void registrationIsOpenUntilTheDeadlineInDutchTime() {
        assertThat(RegistrationRules.refusalOfRegistration(EventStatus.OPEN, DEADLINE, Instant.parse("2025-03-20T22:58:59Z"))).isNull();
        assertThat(RegistrationRules.refusalOfRegistration(EventStatus.OPEN, DEADLINE, Instant.parse("2025-03-20T22:59:00Z")))
                .isEqualTo("registration closed at 2025-03-20T23:59+01:00");
    }

    @Test
    void registrationNeedsAnOpenEvent() {
        Instant early = Instant.parse("2025-01-01T00:00:00Z");
        for (EventStatus status : EventStatus.values()) {
            String refusal = RegistrationRules.refusalOfRegistration(status, DEADLINE, early);
            if (status == EventStatus.OPEN) {
                assertThat(refusal).isNull();
            } else {
                assertThat(refusal).isEqualTo("registration is not open: the event is " + status);
            }
        }
    }

    @Test
    void aRegistrationIsCancelledBeforeTheEventStartsAndNotAfterCheckIn() {
        Instant before = STARTS.toInstant().minusSeconds(60);
        assertThat(RegistrationRules.refusalOfCancellation(EventStatus.CLOSED, STARTS, RegistrationStatus.WAITING, false, before)).isNull();
        assertThat(RegistrationRules.refusalOfCancellation(EventStatus.OPEN, STARTS, RegistrationStatus.CONFIRMED, false, STARTS.toInstant()))
                .isEqualTo("the event has started");
        assertThat(RegistrationRules.refusalOfCancellation(EventStatus.OPEN, STARTS, RegistrationStatus.CONFIRMED, true, before))
                .isEqualTo("the person has already been checked in");
        assertThat(RegistrationRules.refusalOfCancellation(EventStatus.OPEN, STARTS, RegistrationStatus.CANCELLED, false, before))
                .isEqualTo("the registration is already cancelled");
        assertThat(RegistrationRules.refusalOfCancellation(EventStatus.CANCELLED, STARTS, RegistrationStatus.CONFIRMED, false, before))
                .isEqualTo("the event is CANCELLED");
    }

    @Test
    void onlyAConfirmedRegistrationIsCheckedInOnce() {
        assertThat(RegistrationRules.refusalOfCheckIn(EventStatus.OPEN, RegistrationStatus.CONFIRMED, false)).isNull();
        assertThat(RegistrationRules.refusalOfCheckIn(EventStatus.HELD, RegistrationStatus.CONFIRMED, false)).isNull();
        assertThat(RegistrationRules.refusalOfCheckIn(EventStatus.OPEN, RegistrationStatus.WAITING, false)).contains("this one is WAITING");
        assertThat(RegistrationRules.refusalOfCheckIn(EventStatus.OPEN, RegistrationStatus.CONFIRMED, true)).contains("already");
        assertThat(RegistrationRules.refusalOfCheckIn(EventStatus.CANCELLED, RegistrationStatus.CONFIRMED, false)).contains("CANCELLED");
    }
}
