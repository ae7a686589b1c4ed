package nl.municipalnetworks.finance.agreement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The term of an agreement: its first and its last day, both inclusive. On the last day the agreement ends by
 * law, without notice: "De samenwerkingsovereenkomst vangt aan op 1 maart 2023 en loopt van rechtswege af op
 * 31 december 2027 zonder dat daarvoor enige opzegging vereist is" (seed deventer-g40-platform31-convenant.txt,
 * samenwerkingsovereenkomst art. 1.1).
 */
public record Term(LocalDate start, LocalDate end) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a term ends on or after its first day, got " + start + " to " + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
