package nl.municipalnetworks.finance.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.NetworkCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class BudgetDtos {

    private BudgetDtos() {
    }

    /** One line as sent: checked by the domain's {@link BudgetLine} (a 400 naming lines[i].field otherwise). */
    public record LineData(
            @Schema(description = "The category's code, the same in every version; bills are booked on it. "
                    + "Contributions are booked on the income line CONTRIBUTIONS", example = "PLATFORM31",
                    pattern = BudgetLine.CODE_PATTERN) String code,
            @Schema(example = "Kennispartner Platform31", maxLength = 200) String name,
            LineKind kind,
            @Schema(description = "Euros for the year, from 0.00, two decimals", example = "50000.00") BigDecimal amount) {
    }

    /** A new budget of a network for a year (version 1, a draft). */
    public record BudgetData(
            @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @NotNull @Min(value = 1900, message = "must be a year from 1900 to 2199") @Max(value = 2199, message = "must be a year from 1900 to 2199") Integer year,
            @NotNull @Size(max = BudgetLines.MAXIMUM_LINES, message = "must have at most 100 lines") List<LineData> lines) {
    }

    /** The lines of a draft, replaced as a whole. */
    public record LinesData(
            @NotNull @Size(max = BudgetLines.MAXIMUM_LINES, message = "must have at most 100 lines") List<LineData> lines) {
    }

    /** What the general assembly decided, recorded by hand while events-service does not report it. */
    public record AdoptionData(
            @Schema(description = "The general assembly (ALV) that adopted the budget", example = "ALV najaar 2025")
            @NotBlank @Size(max = 200) String meetingName,
            @Schema(description = "The day of that meeting; not in the future", example = "2025-10-16")
            @NotNull LocalDate meetingDate,
            @Schema(description = "Who decided, as the minutes say", example = "Algemene ledenvergadering M50")
            @NotBlank @Size(max = 200) String decidedBy) {
    }

    public record LineView(String code, String name, LineKind kind, BigDecimal amount) {
    }

    /** @param recordedBy who recorded the decision here (the treasurer's user name, or the event that reported it) */
    public record AdoptionView(String meetingName, LocalDate meetingDate, String decidedBy, String recordedBy) {
    }

    /**
     * A version of a budget.
     *
     * @param adoption null until a general assembly adopted it
     * @param result   totalIncome minus totalExpenses
     */
    public record BudgetView(UUID id, String network, int year, int version, BudgetStatus status, UUID amendsBudgetId,
                             UUID supersededByBudgetId, LocalDate createdOn, LocalDate proposedOn, AdoptionView adoption,
                             List<LineView> lines, BigDecimal totalIncome, BigDecimal totalExpenses, BigDecimal result) {
    }
}
