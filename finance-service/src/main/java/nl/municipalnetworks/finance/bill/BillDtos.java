package nl.municipalnetworks.finance.bill;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.NetworkCode;
import nl.municipalnetworks.finance.budget.BudgetLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public final class BillDtos {

    private BillDtos() {
    }

    /** A bill as received: amounts as printed on it, booked on a line of the network's budget of its year. */
    public record BillData(
            @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @Schema(example = "Platform31") @NotBlank @Size(max = 200) String supplier,
            @Schema(description = "The supplier's number of the bill; a supplier's bill with that number is entered once",
                    example = "P31-2026-0042") @Size(min = 1, max = 100) String supplierReference,
            @Schema(example = "Kennispartnerschap M50 2026") @NotBlank @Size(max = 2000) String description,
            @Schema(description = "Euros excluding VAT", example = "50000.00")
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @DecimalMax(value = "99999999.99", message = "must be at most 99999999.99")
            @Digits(integer = 8, fraction = 2, message = "must be an amount in euros with at most two decimals") BigDecimal amountExclVat,
            @Schema(description = "Euros including VAT, as printed on the bill; what counts against the budget", example = "50000.00")
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @DecimalMax(value = "99999999.99", message = "must be at most 99999999.99")
            @Digits(integer = 8, fraction = 2, message = "must be an amount in euros with at most two decimals") BigDecimal amountInclVat,
            @Schema(description = "The bill's date; its year is the budget it is booked in", example = "2026-01-15")
            @NotNull LocalDate date,
            @Schema(example = "2026-02-14") @NotNull LocalDate dueDate,
            @Schema(description = "The code of an expense line of the network's budget of the bill's year", example = "PLATFORM31")
            @NotBlank @Pattern(regexp = BudgetLine.CODE_PATTERN, message = BudgetLine.CODE_REASON) String budgetLine) {
    }

    /** When the collector paid the bill. */
    public record PaymentData(@Schema(description = "Not in the future, not before the bill's date", example = "2026-02-10")
                              @NotNull LocalDate paidOn) {
    }

    /** @param vatAmount amountInclVat minus amountExclVat */
    public record BillView(UUID id, String network, int year, String supplier, String supplierReference,
                           String description, BigDecimal amountExclVat, BigDecimal vatAmount, BigDecimal amountInclVat,
                           LocalDate date, LocalDate dueDate, String budgetLine, BillStatus status, String receivedBy,
                           LocalDate approvedOn, String approvedBy, LocalDate paidOn) {
    }
}
