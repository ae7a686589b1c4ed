package nl.municipalnetworks.contracts.pillar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participation ended on {@code endedOn}. {@code reason}: WITHDRAWN (the municipality or the secretariat
 * ended it), MEMBERSHIP_ENDED (the municipality left the network) or MERGED (its successor already took part).
 */
public record ParticipationEnded(UUID participationId, String network, UUID municipalityId, LocalDate endedOn,
                                 String reason) implements PillarEvent {
    public static final String TYPE = "nl.municipalnetworks.pillar.participation-ended.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return participationId.toString();
    }
}
