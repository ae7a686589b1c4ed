package nl.municipalnetworks.commons.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes a consumer idempotent: the effect of an event runs at most once per consumer, because the
 * log row is written in the same transaction as the effect. A redelivered event finds its row and
 * is skipped; two concurrent deliveries collide on the primary key and one rolls back.
 */
@ApplicationScoped
public class ProcessedEventLog implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

    /** Runs {@code effect} in a transaction unless this consumer already applied the event. */
    public Uni<Void> applyOnce(UUID eventId, String consumer, Supplier<Uni<Void>> effect) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(eventId, consumer);
        return Panache.withTransaction(() -> findById(key).flatMap(seen -> {
            if (seen != null) {
                return Uni.createFrom().voidItem();
            }
            ProcessedEvent row = new ProcessedEvent();
            row.key = key;
            row.processedAt = OffsetDateTime.now();
            return effect.get().flatMap(ignored -> persist(row)).replaceWithVoid();
        }));
    }
}
