package nl.municipalnetworks.events.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.NetworkCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class DecisionDtos {

    private DecisionDtos() {
    }

    /** A decision of a general assembly, as the secretariat records it from the minutes. */
    public record DecisionData(
            @NotNull DecisionKind kind,
            @Schema(description = "The decision as the minutes word it", example = "Begroting 2026 vastgesteld")
            @NotBlank @Size(max = 2000) String text,
            @Schema(description = "For BUDGET_ADOPTED (required then): the budget finance-service adopts; left out otherwise")
            @Valid BudgetReference budget,
            @Schema(description = "For ANNUAL_ACCOUNTS_ADOPTED (required then): whose accounts of which year; left out otherwise")
            @Valid AccountsReference accounts,
            @Schema(description = "The day it was decided; the event's day (Dutch time) when left out; not in the future",
                    example = "2025-10-16")
            LocalDate decidedOn,
            @Schema(description = "Who decided, as the minutes say", example = "Algemene ledenvergadering")
            @NotBlank @Size(max = 200) String decidedBy) {
    }

    /** A network's budget for a year: its proposed version is adopted; budgetId names that version when known. */
    public record BudgetReference(
            @Schema(example = "M50") @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @Schema(example = "2026") @NotNull @Min(value = 2000, message = "must be at least 2000")
            @Max(value = 2100, message = "must be at most 2100") Integer year,
            @Schema(description = "finance-service's budget version, when the secretariat knows it") UUID budgetId) {
    }

    /** A network's annual accounts (jaarrekening) of a year. */
    public record AccountsReference(
            @Schema(example = "M50") @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @Schema(example = "2024") @NotNull @Min(value = 2000, message = "must be at least 2000")
            @Max(value = 2100, message = "must be at most 2100") Integer year) {
    }

    public record DecisionView(UUID id, UUID eventId, DecisionKind kind, String text, BudgetReference budget, AccountsReference accounts,
                               LocalDate decidedOn, String decidedBy, String recordedBy, OffsetDateTime recordedAt) {
    }
}
