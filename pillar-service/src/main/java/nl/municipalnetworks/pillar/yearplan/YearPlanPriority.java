package nl.municipalnetworks.pillar.yearplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A priority of a year plan; position 1 comes first. */
@Entity
@Table(name = "year_plan_priority")
public class YearPlanPriority {

    @Id
    public UUID id;

    @Column(name = "year_plan_id")
    public UUID yearPlanId;

    public int position;

    public String description;
}
