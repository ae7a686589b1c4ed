package nl.municipalnetworks.events.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.municipalnetworks.events.event.Audience;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document of an event; its versions are {@link DocumentVersionEntity}, their bytes {@link DocumentContentEntity}. */
@Entity
@Table(name = "document")
public class DocumentEntity {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String title;

    /** Who may read it, never wider than the event's audience (DocumentRules). */
    @Enumerated(EnumType.STRING)
    public Audience audience;

    /** The number of the newest version, raised under this row's lock. */
    @Column(name = "latest_version")
    public int latestVersion;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
