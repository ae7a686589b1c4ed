package nl.municipalnetworks.events.event;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of an event. PLANNED (on the calendar, registration not open yet) -> OPEN (registration open) ->
 * CLOSED (registration closed, e.g. the organiser stopped it) -> HELD (it took place); CANCELLED from any state
 * before HELD. CLOSED can open again. HELD and CANCELLED are final. An event is HELD only once it has started.
 */
public enum EventStatus {
    PLANNED, OPEN, CLOSED, HELD, CANCELLED;

    private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(OPEN, CANCELLED),
            OPEN, EnumSet.of(CLOSED, HELD, CANCELLED),
            CLOSED, EnumSet.of(OPEN, HELD, CANCELLED),
            HELD, EnumSet.noneOf(EventStatus.class),
            CANCELLED, EnumSet.noneOf(EventStatus.class));

    public Set<EventStatus> next() {
        return NEXT.get(this);
    }

    /**
     * Why this event cannot go from this status to {@code target} at {@code now}, or null when it can.
     *
     * @param startsAt when the event starts: it cannot be HELD before
     */
    public String refusalOfChangeTo(EventStatus target, Instant startsAt, Instant now) {
        if (!next().contains(target)) {
            return "an event that is " + this + " cannot become " + target
                    + (next().isEmpty() ? " (" + this + " is final)" : " (it can become " + next() + ")");
        }
        if (target == HELD && now.isBefore(startsAt)) {
            return "an event is HELD only once it has started";
        }
        return null;
    }

    /** Whether registrations (and cancellations of them) may still change: not once held or cancelled. */
    public boolean isLive() {
        return this != HELD && this != CANCELLED;
    }
}
