package nl.municipalnetworks.commons.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.JDBCException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * How every service consumes integration events. For each Kafka record:
 * <ol>
 *   <li>the CloudEvents id and type are read from the record headers (binary binding);</li>
 *   <li>a type the consumer has no handler for is acknowledged and skipped;</li>
 *   <li>the body is read into the contracts record, tolerating fields it does not know (a publisher may add
 *       fields within a version);</li>
 *   <li>the effect runs once per event id and consumer ({@link ProcessedEventLog}, same transaction), so a
 *       redelivery after a crash or rebalance changes nothing;</li>
 *   <li>a failure is retried with back-off ({@code commons.consumer.attempts}), unless retrying cannot help
 *       ({@link #isPermanent}); an {@link UnprocessableEvent}, a permanent failure or one that outlasts the
 *       retries nacks the record, which the channel's
 *       {@code failure-strategy=dead-letter-queue} sends to the service's dead-letter topic with the reason in
 *       the {@code dead-letter-reason} header, and consumption goes on with the next record.</li>
 * </ol>
 * A channel method returns {@code consumer.consume(message, handlers)}; records of one partition are handled one
 * after the other, so events about one thing (one key) are applied in order.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** Tolerant reader for event bodies: unlike the API's strict mapper, unknown fields are ignored. */
    private static final ObjectMapper EVENTS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ProcessedEventLog log;
    private final int attempts;
    private final Duration firstBackOff;

    EventConsumer(ProcessedEventLog log,
                  @ConfigProperty(name = "commons.consumer.attempts", defaultValue = "5") int attempts,
                  @ConfigProperty(name = "commons.consumer.first-back-off", defaultValue = "200ms") Duration firstBackOff) {
        this.log = log;
        this.attempts = attempts;
        this.firstBackOff = firstBackOff;
    }

    public Uni<Void> consume(Message<String> message, EventHandlers handlers) {
        IncomingCloudEventMetadata<?> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class).orElse(null);
        if (cloudEvent == null) {
            return deadLetter(message, new UnprocessableEvent("not a CloudEvent: the record has no ce_id/ce_type headers"));
        }
        EventHandlers.Handler<?> handler = handlers.forType(cloudEvent.getType()).orElse(null);
        if (handler == null) {
            return Uni.createFrom().completionStage(message.ack());
        }
        Object body;
        UUID id;
        try {
            id = UUID.fromString(cloudEvent.getId());
            body = EVENTS.readValue(message.getPayload(), handler.body());
        } catch (Exception e) {
            return deadLetter(message, new UnprocessableEvent(
                    "event %s of type %s cannot be read: %s".formatted(cloudEvent.getId(), cloudEvent.getType(),
                            e.getMessage()), e));
        }
        // Hibernate Reactive must run on the record's Vert.x context; a retry after a back-off resumes on a
        // timer thread, so every attempt first returns to that context.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
        return Uni.createFrom().voidItem().emitOn(onContext)
                .chain(() -> log.applyOnce(id, handlers.consumer(), () -> handler.apply(body)))
                .onFailure(failure -> !isPermanent(failure))
                .retry().withBackOff(firstBackOff, firstBackOff.multipliedBy(10)).atMost(attempts - 1)
                .onItemOrFailure().transformToUni((ignored, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : deadLetter(message, failure));
    }

    /**
     * A failure that would come back on every attempt: an {@link UnprocessableEvent}, or data the database
     * refuses as such (SQLState class 22 data exception, 23502 not-null, 23514 check). A foreign-key or unique
     * violation is retried: it can be an event that overtook the one it depends on (another partition).
     */
    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnprocessableEvent) {
                return true;
            }
            if (cause instanceof JDBCException jdbc && jdbc.getSQLState() != null) {
                String state = jdbc.getSQLState();
                if (state.startsWith("22") || state.equals("23502") || state.equals("23514")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Uni<Void> deadLetter(Message<String> message, Throwable reason) {
        LOG.warnf("Event sent to the dead-letter topic: %s", reason.getMessage());
        return Uni.createFrom().completionStage(message.nack(reason));
    }
}
