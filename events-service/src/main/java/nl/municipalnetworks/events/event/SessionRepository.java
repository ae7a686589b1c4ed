package nl.municipalnetworks.events.event;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<SessionEntity, UUID> {

    public Uni<List<SessionEntity>> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by startsAt, title, id", eventId);
    }

    public Uni<List<SessionEntity>> ofEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("eventId in ?1 order by startsAt, title, id", eventIds);
    }
}
