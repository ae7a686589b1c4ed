package nl.municipalnetworks.pillar.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class ActivityDtos {

    private ActivityDtos() {
    }

    public record Target(@NotNull @Min(1) @Max(10_000) Integer number, @NotBlank @Size(max = 100) String unit) {
    }

    public record NewActivity(@NotNull UUID themeId, @NotNull ActivityKind kind, @NotBlank @Size(max = 300) String title,
                              @Size(max = 4000) String description, @Valid Target target, ActivityStatus status) {
    }

    public record NewParticipant(@NotNull UUID municipalityId, @NotNull LocalDate since) {
    }

    public record Participant(UUID municipalityId, String municipalityName, LocalDate since) {
    }

    public record ActivityView(UUID id, String network, UUID themeId, String themeName, ActivityKind kind, String title,
                               String description, ActivityStatus status, TargetProgress progress,
                               LocalDate targetReachedOn, List<Participant> participants) {
    }
}
