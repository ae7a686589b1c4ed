package nl.municipalnetworks.finance.agreement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public final class AgreementDtos {

    private AgreementDtos() {
    }

    /** A new agreement between a municipality (the payer) and the payee of a fee scheme that agreements pay. */
    public record AgreementData(@NotBlank @Size(max = 200) String reference,
                                @NotNull UUID payerMunicipalityId,
                                @NotNull UUID feeSchemeId,
                                @NotNull LocalDate termStart,
                                @NotNull LocalDate termEnd) {
    }

    /** Written notice of early termination: the day the letter was sent and by whom. */
    public record NoticeData(@NotNull LocalDate givenOn, @NotNull AgreementEntity.NoticeGivenBy givenBy) {
    }

    /** A surplus both parties agreed to settle against the payer's contribution of the agreement's last year. */
    public record SurplusData(@NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
                              @NotNull LocalDate agreedByPayerOn,
                              @NotNull LocalDate agreedByPayeeOn) {
    }

    /** @param settledIn the year whose contribution the surplus lowers: the year of the effective end */
    public record SurplusView(BigDecimal amount, LocalDate agreedByPayerOn, LocalDate agreedByPayeeOn, int settledIn) {
    }

    public record Payer(UUID municipalityId, String cbsCode, String name) {
    }

    public record NoticeView(LocalDate givenOn, AgreementEntity.NoticeGivenBy givenBy) {
    }

    /**
     * @param effectiveEnd the last day the agreement counts: the end of its term, or earlier by notice
     * @param noticeRule   the rule that turns notice into the effective end, in words
     * @param surplus      the agreed surplus, or null
     */
    public record AgreementView(UUID id, String network, String reference, Payer payer, String payee, UUID feeSchemeId,
                                String feeSchemeName, LocalDate termStart, LocalDate termEnd, NoticeView notice,
                                LocalDate effectiveEnd, String noticeRule, SurplusView surplus) {
    }
}
