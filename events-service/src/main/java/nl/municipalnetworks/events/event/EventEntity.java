package nl.municipalnetworks.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.municipalnetworks.events.access.EventsAccess;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "event")
public class EventEntity {

    @Id
    public UUID id;

    /** The host network, whose secretariat organises the event (unless a partner does). */
    public String network;

    /** All its networks, host first (see {@link Networks}). */
    public String networks;

    /** The partner it is organised by or with, by name ("Platform31"); null for the network's own events. */
    public String partner;

    /** The partner account that organises and manages it; null when the secretariat does. */
    @Column(name = "organised_by")
    public String organisedBy;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    public String title;

    public String description;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String place;

    @Column(name = "online_link")
    public String onlineLink;

    /** The organising pillar or theme, as free text for now (pillar-service's code or name). */
    public String pillar;

    public String theme;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    /** Seats; null for no limit (a webinar). */
    public Integer capacity;

    /** Registration closes at this moment; null: when the event starts. */
    @Column(name = "registration_deadline")
    public OffsetDateTime registrationDeadline;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    /** iCalendar SEQUENCE: raised by every change a calendar client must pick up. */
    public int sequence;

    /** The number of the last registration, under this row's lock: the order of the waiting list. */
    @Column(name = "last_number")
    public long lastNumber;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public List<String> networkList() {
        return Networks.split(networks);
    }

    public EventsAccess.Scope scope() {
        return new EventsAccess.Scope(network, networkList(), organisedBy, audience);
    }

    /** When registration closes: the deadline, or the start. */
    public OffsetDateTime registrationCloses() {
        return registrationDeadline != null ? registrationDeadline : startsAt;
    }
}
