package nl.municipalnetworks.events.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "registration")
public class RegistrationEntity {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "session_id")
    public UUID sessionId;

    /** The order in which the event's registrations came in (the waiting list's order). */
    public long number;

    /** The official's municipality; null for a guest invited by e-mail. */
    @Column(name = "municipality_id")
    public UUID municipalityId;

    public String name;

    public String email;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public CancelReason cancelReason;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    /** Placed in a breakout group by the rule for registrants without a cluster (breakout.BreakoutPlacement). */
    @Column(name = "placed_by_rule")
    public boolean placedByRule;
}
