package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.party.Party;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The CBS population counts that per-inhabitant fees are based on. member-service records them (and announces
 * each as a {@code PopulationRecorded} event); finance-service will keep its own copy. Empty when no count for
 * that municipality and reference date is known: the contribution then cannot be computed, it is not zero.
 */
@FunctionalInterface
public interface PopulationCounts {

    OptionalInt inhabitants(Party municipality, LocalDate referenceDate);
}
