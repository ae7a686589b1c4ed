package nl.municipalnetworks.pillar.yearplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A goal of a year plan, evaluated during the year; position 1 comes first. */
@Entity
@Table(name = "year_plan_goal")
public class YearPlanGoal {

    @Id
    public UUID id;

    @Column(name = "year_plan_id")
    public UUID yearPlanId;

    public int position;

    public String description;
}
