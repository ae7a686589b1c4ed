package nl.municipalnetworks.events.registration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.event.EventEntity;
import nl.municipalnetworks.events.event.SessionEntity;
import nl.municipalnetworks.events.event.SessionRepository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts the seats of an event and applies {@link SeatAllocation}: for a new registration, and to promote the waiting
 * list when seats come free. Callers hold the event's row lock (EventRepository.getLocked), so what is counted
 * here cannot change until their transaction commits.
 */
@ApplicationScoped
public class WaitingList {

    private final RegistrationRepository registrations;
    private final SessionRepository sessions;
    private final Outbox outbox;

    WaitingList(RegistrationRepository registrations, SessionRepository sessions, Outbox outbox) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.outbox = outbox;
    }

    /** The seats taken in a locked event. */
    public Uni<SeatAllocation.Taken> taken(EventEntity event) {
        return sessions.ofEvent(event.id).flatMap(found -> taken(event, found));
    }

    /** The seats taken in a locked event whose sessions the caller has read already. */
    public Uni<SeatAllocation.Taken> taken(EventEntity event, List<SessionEntity> sessionsOfEvent) {
        return registrations.confirmedOf(event.id).map(confirmed -> new SeatAllocation.Taken(event.capacity, confirmed.total(),
                capacities(sessionsOfEvent), confirmed.perSession()));
    }

    /** Gives the seats that are free to the waiting list, in order; announces each promotion. */
    public Uni<List<UUID>> promote(EventEntity event) {
        if (!event.status.isLive()) {
            return Uni.createFrom().item(List.of());
        }
        return taken(event).flatMap(taken -> candidates(event, taken).flatMap(waiting -> {
            Map<UUID, RegistrationEntity> byId = waiting.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
            List<UUID> promoted = SeatAllocation.toPromote(taken,
                    waiting.stream().map(r -> new SeatAllocation.Waiting(r.id, r.sessionId)).toList());
            OffsetDateTime now = Times.now();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID id : promoted) {
                RegistrationEntity registration = byId.get(id);
                registration.status = RegistrationStatus.CONFIRMED;
                registration.confirmedAt = now;
                chain = chain.flatMap(ignored -> outbox.record(Announcements.promoted(event, registration)));
            }
            return chain.replaceWith(promoted);
        }));
    }

    /**
     * The part of the waiting list that may get a seat now. This runs under the event's lock, and a popular event's
     * list runs into thousands: read no more of it than {@link SeatAllocation#mostToPromote} allows.
     */
    private Uni<List<RegistrationEntity>> candidates(EventEntity event, SeatAllocation.Taken taken) {
        Integer most = SeatAllocation.mostToPromote(taken);
        if (most == null) {
            return registrations.waitingInOrder(event.id);
        }
        return most == 0 ? Uni.createFrom().item(List.of()) : registrations.firstWaiting(event.id, most);
    }

    private static Map<UUID, Integer> capacities(List<SessionEntity> sessions) {
        Map<UUID, Integer> capacities = new HashMap<>();
        sessions.forEach(s -> capacities.put(s.id, s.capacity));
        return capacities;
    }
}
