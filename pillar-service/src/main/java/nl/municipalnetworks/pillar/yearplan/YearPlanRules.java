package nl.municipalnetworks.pillar.yearplan;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;

/** The rules of year plans, in plain Java. */
public final class YearPlanRules {

    private YearPlanRules() {
    }

    /** A plan is for a year in which the pillar runs, at least part of it. */
    public static void requirePillarRunsIn(int year, LocalDate pillarFrom, LocalDate pillarTo) {
        if (year < pillarFrom.getYear() || (pillarTo != null && year > pillarTo.getYear())) {
            throw ProblemException.invalid("year", "the pillar does not run in " + year + " (it runs from " + pillarFrom
                    + (pillarTo == null ? "" : " to " + pillarTo) + ")");
        }
    }

    /**
     * A goal is evaluated during its year or in the year after (a final evaluation in January), and not ahead of
     * time: {@code today} is the Dutch calendar day.
     */
    public static void requireEvaluationDate(int planYear, LocalDate evaluatedOn, LocalDate today) {
        if (evaluatedOn.getYear() < planYear || evaluatedOn.getYear() > planYear + 1) {
            throw ProblemException.invalid("evaluatedOn", "must be in " + planYear + " or " + (planYear + 1));
        }
        if (evaluatedOn.isAfter(today)) {
            throw ProblemException.invalid("evaluatedOn", "must not be after today (" + today + ")");
        }
    }
}
