package nl.municipalnetworks.commons.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One incoming event (by CloudEvents id) that one consumer has applied. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @EmbeddedId
    public Key key;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;

    @Embeddable
    public record Key(@Column(name = "event_id") UUID eventId, String consumer) implements Serializable {
    }
}
