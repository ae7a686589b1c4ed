package nl.municipalnetworks.finance.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class ContributionPreviewDtos {

    private ContributionPreviewDtos() {
    }

    /**
     * The contributions of a network's payers for a year, computed, not yet invoiced. {@code contributions} holds
     * what can be computed; {@code exceptions} what needs people first (a missing CBS count, a surplus larger
     * than the last year's contribution): never a zero amount. Payers that owe nothing for the year are left out.
     */
    public record ContributionPreview(String network, int year, List<PayerContribution> contributions,
                                      List<PreviewException> exceptions, Totals totals) {
    }

    /**
     * @param kind CHARGED (to invoice, from the collector to the payer) or OWN_CONTRIBUTION (the collector's own
     *             share, booked, not invoiced)
     */
    public record PayerContribution(Payer payer, UUID feeSchemeId, String feeSchemeName, UUID agreementId,
                                    String kind, String collector, List<Line> lines, BigDecimal netTotal,
                                    BigDecimal vatTotal, BigDecimal total) {
    }

    public record Payer(UUID municipalityId, String cbsCode, String name) {
    }

    /** One invoice line: quantity x unitPrice / baseQuantity = netAmount, with its VAT category and rate. */
    public record Line(String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       BigDecimal baseQuantity, BigDecimal netAmount, String vatCategory, BigDecimal vatPercent) {
    }

    /** @param kind MISSING_POPULATION or SURPLUS_EXCEEDS_CONTRIBUTION */
    public record PreviewException(Payer payer, UUID feeSchemeId, UUID agreementId, String kind, String reason,
                                   LocalDate referenceDate) {
    }

    /** The sums over {@code contributions}, in euros. */
    public record Totals(BigDecimal netTotal, BigDecimal vatTotal, BigDecimal total) {
    }
}
