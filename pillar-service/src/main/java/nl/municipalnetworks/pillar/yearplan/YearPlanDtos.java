package nl.municipalnetworks.pillar.yearplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class YearPlanDtos {

    private YearPlanDtos() {
    }

    /** Priorities and goals in their order of importance. */
    public record YearPlanData(@NotNull UUID pillarId,
                               @NotNull @Min(2000) @Max(2100) Integer year,
                               @Size(max = 4000) String focusFirstHalf,
                               @Size(max = 4000) String focusSecondHalf,
                               @Size(max = 20) List<@NotBlank @Size(max = 1000) String> priorities,
                               @Size(max = 50) List<@NotBlank @Size(max = 1000) String> goals) {
    }

    public record NewGoal(@NotBlank @Size(max = 1000) String description) {
    }

    public record EvaluationData(@NotNull LocalDate evaluatedOn, @NotNull GoalOutcome outcome, @Size(max = 4000) String remarks) {
    }

    public record EvaluationView(UUID id, LocalDate evaluatedOn, GoalOutcome outcome, String remarks) {
    }

    /** {@code latest}: the most recent evaluation, null when not evaluated yet. */
    public record GoalView(UUID id, int position, String description, GoalOutcome latest, List<EvaluationView> evaluations) {
    }

    public record YearPlanView(UUID id, String network, UUID pillarId, String pillarName, int year, String focusFirstHalf,
                               String focusSecondHalf, List<String> priorities, List<GoalView> goals) {
    }
}
