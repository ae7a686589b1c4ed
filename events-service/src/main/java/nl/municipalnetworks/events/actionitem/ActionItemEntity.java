package nl.municipalnetworks.events.actionitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "action_item")
public class ActionItemEntity {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    /** The event's host network, whose secretariat keeps the item. */
    public String network;

    public String description;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    /** The member municipality the owner acts for (this service's view of member-service); null if none. */
    @Column(name = "owner_municipality_id")
    public UUID ownerMunicipalityId;

    /** The pillar the owner acts for, as free text for now (pillar-service's code or name). */
    @Column(name = "owner_pillar")
    public String ownerPillar;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionItemStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
