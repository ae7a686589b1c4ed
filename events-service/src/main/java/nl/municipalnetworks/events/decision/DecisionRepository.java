package nl.municipalnetworks.events.decision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<DecisionEntity, UUID> {

    public Uni<List<DecisionEntity>> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by decidedOn, recordedAt, id", eventId);
    }
}
