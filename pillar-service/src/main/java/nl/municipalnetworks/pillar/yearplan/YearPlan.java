package nl.municipalnetworks.pillar.yearplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A pillar's plan for one year (M50 Jaarplan 2025): focus per half year, priorities, goals. */
@Entity
@Table(name = "year_plan")
public class YearPlan {

    @Id
    public UUID id;

    public String network;

    @Column(name = "pillar_id")
    public UUID pillarId;

    public int year;

    @Column(name = "focus_first_half")
    public String focusFirstHalf;

    @Column(name = "focus_second_half")
    public String focusSecondHalf;
}
