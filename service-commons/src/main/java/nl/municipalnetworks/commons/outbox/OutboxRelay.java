package nl.municipalnetworks.commons.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Publishes outbox rows to Kafka in insertion order, as binary-mode CloudEvents keyed by subject,
 * and marks them published in the same transaction that locked them. Delivery is at least once:
 * if the service dies after Kafka acknowledged but before the mark commits, the event is sent again,
 * which consumers absorb through their processed-event log.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 100;

    private final OutboxRepository repository;
    private final MutinyEmitter<String> kafka;

    OutboxRelay(OutboxRepository repository, @Channel("outbox") MutinyEmitter<String> kafka) {
        this.repository = repository;
        this.kafka = kafka;
    }

    @Scheduled(every = "${outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> publishPending() {
        Context context = Vertx.currentContext();
        // Kafka acknowledges on its own thread; the session must be used on the context it was opened on.
        Executor backOnContext = task -> context.runOnContext(ignored -> task.run());
        return Panache.withTransaction(() -> repository.lockNextBatch(BATCH_SIZE)
                        .flatMap(batch -> publishInOrder(batch, backOnContext)))
                // Logged once here; the rows stay unpublished and the next run tries again.
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Outbox relay failed, retrying on the next run: %s", failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Published rows are kept a week for inspection and replay, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> removePublished() {
        return Panache.withTransaction(() -> repository.deletePublishedBefore(OffsetDateTime.now().minusDays(7)))
                .onItem().invoke(removed -> LOG.debugf("Removed %d published outbox rows", removed))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> publishInOrder(List<OutboxEvent> batch, Executor backOnContext) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(event -> kafka.sendMessage(toMessage(event))
                        .emitOn(backOnContext)
                        .invoke(() -> event.publishedAt = OffsetDateTime.now()))
                .collect().last()
                .replaceWithVoid();
    }

    private static Message<String> toMessage(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> kafkaRecord = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.subject)
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id.toString())
                .withType(event.eventType)
                .withSource(URI.create(event.source))
                .withSubject(event.subject)
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        return Message.of(event.payload, Metadata.of(kafkaRecord, cloudEvent));
    }
}
