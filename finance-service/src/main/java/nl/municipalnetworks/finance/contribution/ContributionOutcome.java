package nl.municipalnetworks.finance.contribution;

import nl.municipalnetworks.finance.invoice.InvoiceDraft;
import nl.municipalnetworks.finance.invoice.InvoiceLine;
import nl.municipalnetworks.finance.invoice.InvoiceTotals;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.party.Party;

import java.time.LocalDate;
import java.util.List;

/**
 * What the yearly contribution run finds for one payer and year. Every outcome names the payer, so that a run
 * over all members reports each one that needs attention instead of stopping at the first, and so that nothing
 * that could not be computed ever turns into a zero invoice.
 */
public sealed interface ContributionOutcome {

    Party payer();

    int year();

    /** A contribution to invoice: the draft, from the scheme's collector to the payer. */
    record Charged(Party payer, int year, InvoiceDraft invoice) implements ContributionOutcome {
    }

    /**
     * The collector's own contribution (Meierijstad is an M50 member and collects for M50): computed like any
     * other, booked in the collector's own accounts, not invoiced, because nobody invoices itself.
     */
    record OwnContribution(Party payer, int year, List<InvoiceLine> lines, InvoiceTotals totals) implements ContributionOutcome {
        public OwnContribution {
            lines = List.copyOf(lines);
        }
    }

    /** Nothing is owed for the year, with the reason (not taking part that year; a partial year under NONE). */
    record NothingDue(Party payer, int year, String reason) implements ContributionOutcome {
    }

    /** A per-inhabitant fee without a CBS count for the scheme's reference date: to be fixed, never invoiced as zero. */
    record MissingPopulation(Party payer, int year, LocalDate referenceDate) implements ContributionOutcome {
        public String reason() {
            return "no CBS population count of " + payer + " on " + referenceDate + ": the contribution for " + year + " cannot be computed";
        }
    }

    /**
     * The agreed surplus is more than the last year's contribution it is to be settled against: an invoice would
     * be negative, so the difference must go back another way (a payment or a credit note), decided by people.
     */
    record SurplusExceedsContribution(Party payer, int year, Money contribution, Money surplus) implements ContributionOutcome {
    }
}
