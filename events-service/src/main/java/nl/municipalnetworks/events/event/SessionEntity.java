package nl.municipalnetworks.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A part of an event with its own seats: a theme session, a pillar meeting after the assembly, a breakout group. */
@Entity
@Table(name = "event_session")
public class SessionEntity {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    public String title;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public String place;

    /** Seats; null for no limit of its own (the event's still applies). */
    public Integer capacity;

    /** The Platform31 cluster whose registrants this breakout group takes (breakout/); null for any other session. */
    public String cluster;
}
