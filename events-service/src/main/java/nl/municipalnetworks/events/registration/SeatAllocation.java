package nl.municipalnetworks.events.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who gets a seat. A registration is for an event and optionally one of its sessions; it holds a seat when the event
 * has one free and, for a session, the session too (a capacity of null is no limit). Whoever does not fit waits, in
 * the order registrations came in. When seats come free (a cancellation, more seats), the waiting list is walked in
 * that order and everyone who now fits gets a seat: the first waiting for the event first; someone waiting for a
 * full session does not hold up someone behind them waiting for a session with room.
 *
 * <p>Plain Java: the service counts the seats under the event's row lock and applies what this decides.
 */
public final class SeatAllocation {

    private SeatAllocation() {
    }

    /** One registration on the waiting list, in order. */
    public record Waiting(UUID registrationId, UUID sessionId) {
    }

    /** The seats taken now: of the event, and per session. */
    public record Taken(Integer eventCapacity, long eventConfirmed, Map<UUID, Integer> sessionCapacities,
                        Map<UUID, Long> sessionConfirmed) {

        boolean fits(UUID sessionId) {
            if (!free(eventCapacity, eventConfirmed)) {
                return false;
            }
            return sessionId == null || free(sessionCapacities.get(sessionId), sessionConfirmed.getOrDefault(sessionId, 0L));
        }
    }

    static boolean free(Integer capacity, long confirmed) {
        return capacity == null || confirmed < capacity;
    }

    /** A new registration: CONFIRMED when it fits, else WAITING. */
    public static RegistrationStatus forNew(Taken taken, UUID sessionId) {
        return taken.fits(sessionId) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /**
     * How many of the first on the waiting list can get a seat now, when that is known without looking at them: the
     * event's free seats, if no session has a capacity of its own (then everyone fits while the event has room, and
     * the first that many are promoted). Null when a session's capacity may let someone further down go first, or the
     * event has no limit.
     */
    public static Integer mostToPromote(Taken taken) {
        if (taken.eventCapacity() == null || taken.sessionCapacities().values().stream().anyMatch(java.util.Objects::nonNull)) {
            return null;
        }
        return (int) Math.max(0, taken.eventCapacity() - taken.eventConfirmed());
    }

    /** The waiting registrations that get a seat now, in the order they are given one. */
    public static List<UUID> toPromote(Taken taken, List<Waiting> waitingInOrder) {
        long eventConfirmed = taken.eventConfirmed();
        Map<UUID, Long> sessionConfirmed = new HashMap<>(taken.sessionConfirmed());
        List<UUID> promoted = new ArrayList<>();
        for (Waiting waiting : waitingInOrder) {
            Taken now = new Taken(taken.eventCapacity(), eventConfirmed, taken.sessionCapacities(), sessionConfirmed);
            if (!free(taken.eventCapacity(), eventConfirmed)) {
                break;
            }
            if (now.fits(waiting.sessionId())) {
                promoted.add(waiting.registrationId());
                eventConfirmed++;
                if (waiting.sessionId() != null) {
                    sessionConfirmed.merge(waiting.sessionId(), 1L, Long::sum);
                }
            }
        }
        return promoted;
    }
}
