package nl.municipalnetworks.commons.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * is skipped; two concurrent deliveries collide on the primary key and one rolls back. Skipped
 * redeliveries are counted ({@code consumer_events_redelivered_total{consumer=...}}): a jump shows a
 * consumer that restarted before committing its offsets, or a replay.
 */
@ApplicationScoped
public class ProcessedEventLog implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

    private final MeterRegistry registry;

    ProcessedEventLog(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code effect} in a transaction unless this consumer already applied the event. */
    public Uni<Void> applyOnce(UUID eventId, String consumer, Supplier<Uni<Void>> effect) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(eventId, consumer);
        return Panache.withTransaction(() -> findById(key).flatMap(seen -> {
            if (seen != null) {
                redelivered(consumer).increment();
                return Uni.createFrom().voidItem();
            }
            ProcessedEvent row = new ProcessedEvent();
            row.key = key;
            row.processedAt = OffsetDateTime.now();
            return effect.get().flatMap(ignored -> persist(row)).replaceWithVoid();
        }));
    }

    /** Redeliveries this consumer skipped since the service started. */
    public Counter redelivered(String consumer) {
        return registry.counter("consumer.events.redelivered", "consumer", consumer);
    }
}
