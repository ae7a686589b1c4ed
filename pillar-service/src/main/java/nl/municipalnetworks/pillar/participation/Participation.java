package nl.municipalnetworks.pillar.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A member municipality takes part in a pillar or a theme, with an official and a supporting civil servant. */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    public UUID id;

    public String network;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "pillar_id")
    public UUID pillarId;

    @Column(name = "theme_id")
    public UUID themeId;

    @Column(name = "official_id")
    public UUID officialId;

    @Column(name = "supporter_id")
    public UUID supporterId;

    @Column(name = "started_on")
    public LocalDate startedOn;

    /** Last day; null while it runs. Ended participations are kept. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** WITHDRAWN, MEMBERSHIP_ENDED or MERGED. */
    @Column(name = "end_reason")
    public String endReason;

    /** The municipality it belonged to before a merger moved it to its successor. */
    @Column(name = "moved_from")
    public UUID movedFrom;

    public boolean isCurrent() {
        return endedOn == null;
    }
}
