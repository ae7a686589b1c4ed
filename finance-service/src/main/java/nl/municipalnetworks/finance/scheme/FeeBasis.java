package nl.municipalnetworks.finance.scheme;

import nl.municipalnetworks.finance.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What a payer's yearly contribution is based on: a flat amount per member, or a rate per inhabitant. */
public sealed interface FeeBasis {

    /**
     * The same amount for every member per year. M50: "Vanuit de ledenbijdrage (€3.500,- per jaar) worden
     * organisatie-, communicatie- en secretariaatskosten betaald" (seed m50-strategische-agenda-2019-2022.txt).
     */
    record FlatPerMember(Money perYear) implements FeeBasis {
        public FlatPerMember {
            Objects.requireNonNull(perYear, "perYear");
            if (!perYear.isPositive()) {
                throw new IllegalArgumentException("a flat fee per member is above zero, got " + perYear);
            }
        }
    }

    /**
     * A rate per inhabitant per year on the CBS count of one fixed reference date, the same count for every
     * year of the scheme. G40 cities to Platform31: "een gefixeerde bijdrage van €0,15 per inwoner (bron: CBS,
     * peildatum 1 januari 2022)" (seed deventer-g40-platform31-convenant.txt, convenant "Duur en financiering").
     *
     * @param ratePerInhabitant euros per inhabitant per year, exact (0.15); may have more than two decimals
     * @param referenceDate     the CBS reference date ("peildatum") whose count is used for the whole term
     */
    record PerInhabitant(BigDecimal ratePerInhabitant, LocalDate referenceDate) implements FeeBasis {
        public PerInhabitant {
            Objects.requireNonNull(ratePerInhabitant, "ratePerInhabitant");
            Objects.requireNonNull(referenceDate, "referenceDate");
            if (ratePerInhabitant.signum() <= 0) {
                throw new IllegalArgumentException("a rate per inhabitant is above zero, got " + ratePerInhabitant.toPlainString());
            }
        }

        /** The yearly amount for {@code inhabitants}: inhabitants x rate, rounded HALF_UP to the cent once. */
        public Money perYear(int inhabitants) {
            if (inhabitants <= 0) {
                throw new IllegalArgumentException("a municipality has inhabitants, got " + inhabitants);
            }
            return Money.roundedToCent(ratePerInhabitant.multiply(BigDecimal.valueOf(inhabitants)));
        }
    }
}
