package nl.municipalnetworks.events.registration;

import nl.municipalnetworks.events.event.EventStatus;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When a registration may be made, cancelled or checked in. Each method answers why not, or null when it may. Plain
 * Java with the moment passed in.
 */
public final class RegistrationRules {

    private RegistrationRules() {
    }

    /**
     * A new registration: only while registration is OPEN and not after the deadline (or the start when there is none).
     *
     * @param closes the registration deadline, or the start
     */
    public static String refusalOfRegistration(EventStatus status, OffsetDateTime closes, Instant now) {
        if (status != EventStatus.OPEN) {
            return "registration is not open: the event is " + status;
        }
        if (!now.isBefore(closes.toInstant())) {
            return "registration closed at " + nl.municipalnetworks.events.api.Times.dutch(closes);
        }
        return null;
    }

    /** A cancellation: of a live registration, before the event starts, not after check-in. */
    public static String refusalOfCancellation(EventStatus eventStatus, OffsetDateTime startsAt, RegistrationStatus status,
                                               boolean checkedIn, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            return "the registration is already cancelled";
        }
        if (checkedIn) {
            return "the person has already been checked in";
        }
        if (!eventStatus.isLive()) {
            return "the event is " + eventStatus;
        }
        if (!now.isBefore(startsAt.toInstant())) {
            return "the event has started";
        }
        return null;
    }

    /** Check-in at the door: a confirmed registration of an event that is open, closed or held, once. */
    public static String refusalOfCheckIn(EventStatus eventStatus, RegistrationStatus status, boolean checkedIn) {
        if (eventStatus == EventStatus.CANCELLED || eventStatus == EventStatus.PLANNED) {
            return "the event is " + eventStatus;
        }
        if (status != RegistrationStatus.CONFIRMED) {
            return "only a confirmed registration is checked in; this one is " + status;
        }
        if (checkedIn) {
            return "the person has already been checked in";
        }
        return null;
    }
}
