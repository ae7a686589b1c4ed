package nl.municipalnetworks.pillar.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Work under a theme, often with a target: "ten experiments in democratic renewal". */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    public UUID id;

    public String network;

    @Column(name = "theme_id")
    public UUID themeId;

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;

    public String description;

    /** The number to reach ("ten"), or null for an activity without a target. */
    @Column(name = "target_number")
    public Integer targetNumber;

    /** What is counted ("experiments", "municipalities"). */
    @Column(name = "target_unit")
    public String targetUnit;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    /** The day the target was reached; set once, when the event is published. */
    @Column(name = "target_reached_on")
    public LocalDate targetReachedOn;
}
