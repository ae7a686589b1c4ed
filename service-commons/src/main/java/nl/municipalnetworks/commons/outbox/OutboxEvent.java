package nl.municipalnetworks.commons.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An integration event waiting to be (or already) published. The id is the CloudEvents id. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    /** Insertion order, assigned by the database; the relay publishes in this order. */
    @Column(insertable = false, updatable = false)
    public Long position;

    public String topic;

    @Column(name = "event_type")
    public String eventType;

    public String source;

    /** CloudEvents subject and Kafka key. */
    public String subject;

    public String payload;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** W3C trace context of the transaction that recorded the event (see {@link TraceContext}); null if none. */
    public String traceparent;

    public String tracestate;
}
