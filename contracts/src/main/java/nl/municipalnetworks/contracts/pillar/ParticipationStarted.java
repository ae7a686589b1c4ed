package nl.municipalnetworks.contracts.pillar;

import java.time.LocalDate;
import java.util.UUID;

/** A member municipality started taking part in a pillar or in a theme (exactly one of the two ids is set). */
public record ParticipationStarted(UUID participationId, String network, UUID municipalityId, UUID pillarId,
                                   UUID themeId, LocalDate startedOn) implements PillarEvent {
    public static final String TYPE = "nl.municipalnetworks.pillar.participation-started.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return participationId.toString();
    }
}
