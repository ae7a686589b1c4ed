package nl.municipalnetworks.contracts.pillar;

import java.time.LocalDate;
import java.util.UUID;

/** A municipality merged: its participation continues as the successor's from {@code movedOn}. */
public record ParticipationMoved(UUID participationId, String network, UUID fromMunicipalityId,
                                 UUID toMunicipalityId, LocalDate movedOn) implements PillarEvent {
    public static final String TYPE = "nl.municipalnetworks.pillar.participation-moved.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return participationId.toString();
    }
}
