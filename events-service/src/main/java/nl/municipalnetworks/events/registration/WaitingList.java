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
        return sessions.ofEvent(event.id).flatMap(found -> registrations.confirmedOfEvent(event.id)
                .flatMap(confirmed -> registrations.confirmedPerSession(event.id)
                        .map(perSession -> new SeatAllocation.Taken(event.capacity, confirmed, capacities(found), perSession))));
    }

    /** Gives the seats that are free to the waiting list, in order; announces each promotion. */
    public Uni<List<UUID>> promote(EventEntity event) {
        if (!event.status.isLive()) {
            return Uni.createFrom().item(List.of());
        }
        return taken(event).flatMap(taken -> registrations.waitingInOrder(event.id).flatMap(waiting -> {
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

    private static Map<UUID, Integer> capacities(List<SessionEntity> sessions) {
        Map<UUID, Integer> capacities = new HashMap<>();
        sessions.forEach(s -> capacities.put(s.id, s.capacity));
        return capacities;
    }
}
