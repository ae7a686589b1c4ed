package nl.municipalnetworks.member.municipality;

import java.time.LocalDate;
import java.util.Map;

/**
 * The rule for population counts: one count per reference date, never overwritten. Recording the
 * same count again changes nothing (so an import can be repeated); a different count for a date
 * that already has one is refused, because fees are fixed on these figures.
 */
public final class PopulationHistory {

    public enum Outcome { NEW, UNCHANGED, CONFLICT }

    private PopulationHistory() {
    }

    public static Outcome check(Map<LocalDate, Integer> recorded, LocalDate referenceDate, int inhabitants) {
        Integer existing = recorded.get(referenceDate);
        if (existing == null) {
            return Outcome.NEW;
        }
        return existing == inhabitants ? Outcome.UNCHANGED : Outcome.CONFLICT;
    }

    /** The reason given when a count is refused, naming both figures. */
    public static String conflictReason(LocalDate referenceDate, int recorded, int offered) {
        return "a count of " + recorded + " is already recorded for " + referenceDate + "; " + offered
                + " would overwrite it";
    }
}
