package nl.municipalnetworks.pillar.participation;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

public final class ParticipationDtos {

    private ParticipationDtos() {
    }

    /** Exactly one of pillarId and themeId. */
    public record NewParticipation(@NotNull UUID municipalityId, UUID pillarId, UUID themeId, @NotNull UUID officialId,
                                   UUID supporterId, @NotNull LocalDate startedOn) {
    }

    public record ParticipationEnd(@NotNull LocalDate endedOn) {
    }

    /** Names are null for callers who may not see names of people. */
    public record ParticipationView(UUID id, String network, UUID municipalityId, String municipalityName, UUID pillarId,
                                    UUID themeId, UUID officialId, String officialName, UUID supporterId,
                                    String supporterName, LocalDate startedOn, LocalDate endedOn, String endReason,
                                    UUID movedFrom) {
    }
}
