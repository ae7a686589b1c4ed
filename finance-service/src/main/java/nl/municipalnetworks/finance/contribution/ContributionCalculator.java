package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.agreement.Agreement;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.Charged;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.MissingPopulation;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.NothingDue;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.OwnContribution;
import nl.municipalnetworks.finance.contribution.ContributionOutcome.SurplusExceedsContribution;
import nl.municipalnetworks.finance.invoice.InvoiceDraft;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.InvoiceTotals;
import nl.municipalnetworks.finance.invoice.QuantityUnit;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.ChargeablePeriod;
import nl.municipalnetworks.finance.scheme.FeeBasis;
import nl.municipalnetworks.finance.scheme.FeeScheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contribution of one payer for one year under one fee scheme, as invoice lines.
 *
 * <ul>
 *   <li>A whole year: flat, one line of 1 x the yearly amount (M50: EUR 3,500); per inhabitant, one line of
 *       inhabitants x rate (Deventer: 101,446 x EUR 0.15 = EUR 15,216.90 ex VAT, samenwerkingsovereenkomst
 *       art. 3.1), on the count of the scheme's fixed reference date, whatever the year.</li>
 *   <li>Part of a year: the scheme's {@link nl.municipalnetworks.finance.scheme.MidYearPolicy} says how many
 *       months of twelve; the line is months x the yearly amount per 12 months. The yearly amount is rounded to
 *       the cent first, because the agreement states it as such ("€ 15.216,90 ex BTW per jaar").</li>
 *   <li>In an agreement's last year, an agreed surplus is a reduction line on the same invoice.</li>
 * </ul>
 * VAT and totals follow from the lines ({@link InvoiceTotals}).
 */
public final class ContributionCalculator {

    private final PopulationCounts populations;

    public ContributionCalculator(PopulationCounts populations) {
        this.populations = Objects.requireNonNull(populations, "populations");
    }

    /** The contribution under an agreement: its scheme, its term up to the effective end, its surplus. */
    public ContributionOutcome forYear(Agreement agreement, int year) {
        return settleSurplus(agreement, forYear(agreement.feeScheme(), Participation.of(agreement), year), year);
    }

    /**
     * The contributions under an agreement whose payer merged into {@code successor} on {@code mergedOn}
     * ({@link Participation#of(Agreement, Party, LocalDate)}): in the year of the merger the merged municipality
     * pays up to the day before and the successor from that day, each for its months under the scheme's
     * mid-year policy; later years only the successor. An agreed surplus is settled against the successor's
     * last year. The years nothing is due give one {@link NothingDue}.
     */
    public List<ContributionOutcome> forYear(Agreement agreement, Party successor, LocalDate mergedOn, int year) {
        List<Participation> participations = Participation.of(agreement, successor, mergedOn);
        List<ContributionOutcome> due = new ArrayList<>();
        ContributionOutcome nothing = null;
        for (int i = 0; i < participations.size(); i++) {
            ContributionOutcome outcome = forYear(agreement.feeScheme(), participations.get(i), year);
            if (i == participations.size() - 1) {
                outcome = settleSurplus(agreement, outcome, year);
            }
            if (outcome instanceof NothingDue) {
                nothing = nothing == null ? outcome : nothing;
            } else {
                due.add(outcome);
            }
        }
        return due.isEmpty() ? List.of(nothing) : due;
    }

    /** In an agreement's last year, the agreed surplus as a reduction line on that year's invoice. */
    private ContributionOutcome settleSurplus(Agreement agreement, ContributionOutcome contribution, int year) {
        Optional<InvoiceLine> settlement = agreement.surplusSettlementFor(year);
        if (settlement.isEmpty()) {
            return contribution;
        }
        Money surplus = agreement.agreedSurplus().orElseThrow().amount();
        if (contribution instanceof NothingDue nothing) {
            return new SurplusExceedsContribution(nothing.payer(), year, Money.ZERO, surplus);
        }
        if (!(contribution instanceof Charged charged)) {
            // A missing count must be fixed first; an own contribution is not invoiced, so people settle it.
            return contribution;
        }
        Money net = charged.invoice().totals().netTotal();
        if (surplus.compareTo(net) > 0) {
            return new SurplusExceedsContribution(charged.payer(), year, net, surplus);
        }
        List<InvoiceLine> lines = new ArrayList<>(charged.invoice().lines());
        lines.add(settlement.get());
        return new Charged(charged.payer(), year, new InvoiceDraft(charged.invoice().seller(), charged.invoice().buyer(), lines));
    }

    /** The contribution of {@code participation}'s payer for {@code year} under {@code scheme}. */
    public ContributionOutcome forYear(FeeScheme scheme, Participation participation, int year) {
        Optional<ChargeablePeriod> period = ChargeablePeriod.of(year, scheme, participation.from(), participation.to());
        if (period.isEmpty()) {
            return new NothingDue(participation.payer(), year, "does not take part under '" + scheme.name() + "' in " + year);
        }
        int months = scheme.midYearPolicy().monthsToCharge(period.get());
        if (months == 0) {
            return new NothingDue(participation.payer(), year, "takes part only " + period.get().from() + " to " + period.get().to()
                    + " and '" + scheme.name() + "' charges no part of a year");
        }
        InvoiceLine line;
        if (scheme.basis() instanceof FeeBasis.FlatPerMember flat) {
            String what = "Contribution " + year + ": " + scheme.name() + ", flat fee per member";
            line = months == 12
                    ? InvoiceLine.of(what, BigDecimal.ONE, QuantityUnit.ONE, flat.perYear().amount(), scheme.vat())
                    : partOfYear(what + " of " + flat.perYear() + " a year", months, flat.perYear(), scheme);
        } else {
            FeeBasis.PerInhabitant perInhabitant = (FeeBasis.PerInhabitant) scheme.basis();
            OptionalInt inhabitants = populations.inhabitants(participation.countedFor(), perInhabitant.referenceDate());
            if (inhabitants.isEmpty() || inhabitants.getAsInt() <= 0) {
                return new MissingPopulation(participation.countedFor(), year, perInhabitant.referenceDate());
            }
            int count = inhabitants.getAsInt();
            String whose = participation.countedFor().isSameAs(participation.payer()) ? ""
                    : " of " + participation.countedFor().name() + ", merged into " + participation.payer().name();
            String what = "Contribution " + year + ": " + scheme.name() + ", " + count + " inhabitants" + whose + " (CBS, "
                    + perInhabitant.referenceDate() + ") x EUR " + perInhabitant.ratePerInhabitant().toPlainString();
            line = months == 12
                    ? InvoiceLine.of(what, BigDecimal.valueOf(count), QuantityUnit.INHABITANT, perInhabitant.ratePerInhabitant(), scheme.vat())
                    : partOfYear(what + " = " + perInhabitant.perYear(count) + " a year", months, perInhabitant.perYear(count), scheme);
        }
        List<InvoiceLine> lines = List.of(line);
        if (scheme.collector().isSameAs(participation.payer())) {
            return new OwnContribution(participation.payer(), year, lines, InvoiceTotals.of(lines));
        }
        return new Charged(participation.payer(), year, new InvoiceDraft(scheme.collector(), participation.payer(), lines));
    }

    private static InvoiceLine partOfYear(String what, int months, Money perYear, FeeScheme scheme) {
        return new InvoiceLine(what + ", " + months + " of 12 months", BigDecimal.valueOf(months), QuantityUnit.MONTH,
                perYear.amount(), BigDecimal.valueOf(12), scheme.vat());
    }
}
