package nl.municipalnetworks.events.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<EventEntity, UUID> {

    public Uni<EventEntity> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Event", id));
    }

    /**
     * The event with its row locked ({@code select ... for update}) until the transaction ends. Every change to the
     * event's registrations takes this lock first, so that counting the seats taken and taking one is one step:
     * see registration.RegistrationService.
     */
    public Uni<EventEntity> getLocked(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Event", id));
    }
}
