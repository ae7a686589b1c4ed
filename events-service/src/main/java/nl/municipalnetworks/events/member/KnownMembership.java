package nl.municipalnetworks.events.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A membership as member-service announced it (joined, membership-ended, municipality-merged). */
@Entity
@Table(name = "membership")
public class KnownMembership {

    @Id
    public UUID id;

    public String network;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    /** The last day as a member; null while it runs. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** A member on this day. */
    public boolean isMemberOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day)) && (endedOn == null || !endedOn.isBefore(day));
    }
}
