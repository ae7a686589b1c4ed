package nl.municipalnetworks.finance.scheme;

import nl.municipalnetworks.finance.money.VatTreatment;
import nl.municipalnetworks.finance.party.Party;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a payee charges its payers for a period: the fee basis, the VAT on it, and what a payer owes for a
 * year it takes part in only partly. Everything that differs between networks is data here, not code.
 *
 * <p>Who sends the invoice is the {@code collector}: a network that is no legal entity collects through a
 * member ("Jaarlijks innen van de contributies M50 door Meierijstad", seed m50-jaarplan-2025.txt, Financiën);
 * Platform31 invoices each G40 city itself under that city's own agreement ("Omdat G40 formeel geen
 * rechtspersoon is moet per gemeente een uitvoeringsovereenkomst worden gesloten", seed
 * deventer-g40-platform31-convenant.txt).
 *
 * @param name      a name people recognise ("G40 - Platform31 2023-2027")
 * @param payee     who the money is for (M50, Platform31)
 * @param collector the legal party that invoices and collects (Meierijstad for M50; Platform31 itself)
 * @param validFrom first day the scheme applies
 * @param validTo   last day the scheme applies (inclusive), or {@code null} when no end is set
 */
public record FeeScheme(String name, Party payee, Party collector, LocalDate validFrom, LocalDate validTo,
                        FeeBasis basis, VatTreatment vat, MidYearPolicy midYearPolicy) {

    public FeeScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(midYearPolicy, "midYearPolicy");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("a fee scheme ends on or after its first day, got " + validFrom + " to " + validTo);
        }
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
