package nl.municipalnetworks.pillar.yearplan;

/** How a goal stands at an evaluation. */
public enum GoalOutcome {
    ACHIEVED,
    ON_TRACK,
    BEHIND,
    NOT_ACHIEVED,
    DROPPED
}
