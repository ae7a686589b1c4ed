package nl.municipalnetworks.pillar.yearplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** How a goal stood on a day it was evaluated (the seeds evaluate in July and November). */
@Entity
@Table(name = "goal_evaluation")
public class GoalEvaluation {

    @Id
    public UUID id;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "evaluated_on")
    public LocalDate evaluatedOn;

    @Enumerated(EnumType.STRING)
    public GoalOutcome outcome;

    public String remarks;
}
