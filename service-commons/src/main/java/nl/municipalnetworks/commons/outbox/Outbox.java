package nl.municipalnetworks.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.contracts.IntegrationEvent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Records integration events in the outbox table. Call it inside the transaction that makes the
 * change: the event is stored if and only if the change is, and {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper json;
    private final Clock clock;
    private final String source;

    Outbox(OutboxRepository repository, ObjectMapper json, EventSource source) {
        this.repository = repository;
        this.json = json;
        this.clock = Clock.systemUTC();
        this.source = source.urn();
    }

    public Uni<Void> record(IntegrationEvent event) {
        return repository.persist(row(event)).replaceWithVoid();
    }

    /**
     * Many events of one change at once (a yearly run's invoices): persisted together, so that a batch of
     * thousands is one step of the session rather than a chain of thousands.
     */
    public Uni<Void> recordAll(List<? extends IntegrationEvent> events) {
        return repository.persist(events.stream().map(this::row).toList());
    }

    private OutboxEvent row(IntegrationEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = event.topic();
        row.eventType = event.type();
        row.source = source;
        row.subject = event.subject();
        row.payload = toJson(event);
        // CloudEvents time: the moment the change was recorded (this transaction), not when it is published.
        row.occurredAt = OffsetDateTime.now(clock);
        // The relay publishes later, outside this request: keep its trace so the record continues it.
        TraceContext trace = TraceContext.current();
        row.traceparent = trace.traceparent();
        row.tracestate = trace.tracestate();
        return row;
    }

    private String toJson(IntegrationEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            // Events are records of simple values; failing here is a programming error.
            throw new IllegalStateException("Cannot serialise " + event.type(), e);
        }
    }
}
