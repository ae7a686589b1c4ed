package nl.municipalnetworks.pillar.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A member municipality taking part in an activity (one experiment, one seat in a learning circle). */
@Entity
@Table(name = "activity_participant")
public class ActivityParticipant {

    @EmbeddedId
    public Key key;

    public LocalDate since;

    @Embeddable
    public record Key(@Column(name = "activity_id") UUID activityId, @Column(name = "municipality_id") UUID municipalityId)
            implements Serializable {
    }
}
