package nl.municipalnetworks.finance.payment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.NetworkCode;
import nl.municipalnetworks.finance.invoice.InvoiceStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class PaymentDtos {

    private PaymentDtos() {
    }

    /** A payment registered by hand: what the bank's statement line says. */
    public record PaymentData(
            @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @DecimalMax(value = "999999999999.99", message = "must be at most 999999999999.99")
            @Digits(integer = 12, fraction = 2, message = "must be an amount in euros with at most two decimals")
            @Schema(example = "18412.45") BigDecimal amount,
            @NotNull @Schema(description = "The day the money was booked on the account", example = "2026-12-03") LocalDate receivedOn,
            @NotBlank @Size(max = 200) @Schema(example = "Gemeente Deventer") String payerName,
            @Size(max = 42) @Schema(description = "The payer's IBAN, spaces allowed", example = "NL39 RABO 0300 0652 64") String payerIban,
            @Size(max = 500) @Schema(description = "What the payer wrote with it: the payment reference, perhaps in a longer text",
                    example = "Factuur G40 2026 000001 bijdrage") String reference,
            @Schema(description = "The invoice it pays, when the treasurer knows; else it is matched by its reference") UUID invoiceId,
            @Size(max = 200) @Schema(description = "The seller whose account received it; narrows matching by reference to that seller's invoices",
                    example = "Platform31") String seller) {
    }

    /** The invoice an unmatched payment pays, named by the treasurer. */
    public record MatchData(@NotNull UUID invoiceId) {
    }

    public record PayerAccount(String name, String account) {
    }

    /** The invoice a payment was matched to, and its payer. */
    public record MatchedInvoice(UUID id, String number, String seller, String paymentReference,
                                 UUID payerMunicipalityId, String payerCbsCode, String payerName,
                                 InvoiceStatus status, BigDecimal paidAmount, BigDecimal outstanding) {
    }

    public enum PaymentStatus { MATCHED, UNMATCHED }

    /**
     * A payment as received and what became of it. {@code appliedAmount} pays the invoice, {@code creditAmount}
     * (paid beyond the invoice's open amount) is the payer's credit; {@code unmatchedReason} says why it found no
     * invoice.
     */
    public record PaymentView(UUID id, String network, PaymentEntity.Source source, PaymentStatus status,
                              LocalDate receivedOn, BigDecimal amount, String currency, PayerAccount payer,
                              String account, String seller, String reference, MatchedInvoice invoice,
                              BigDecimal appliedAmount, BigDecimal creditAmount, PaymentEntity.MatchedBy matchedBy,
                              OffsetDateTime matchedAt, String unmatchedReason, UUID bankStatementId,
                              String entryReference, OffsetDateTime registeredAt, String registeredBy) {
    }

    public record BalancePayer(UUID municipalityId, String cbsCode, String name) {
    }

    /** {@link PayerBalance} of one payer, in euros. */
    public record PayerBalanceView(BalancePayer payer, BigDecimal invoiced, BigDecimal paid, BigDecimal outstanding,
                                   BigDecimal overdue, BigDecimal credit) {
    }

    /** The balances of a network's payers on {@code asOf}, by name, and their sum. */
    public record BalancesView(String network, LocalDate asOf, Integer year, List<PayerBalanceView> payers,
                               BigDecimal invoiced, BigDecimal paid, BigDecimal outstanding, BigDecimal overdue,
                               BigDecimal credit) {
    }
}
