package nl.municipalnetworks.contracts.pillar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A pillar has a new chair from {@code from} (person ids from member-service; {@code previousPersonId} is
 * null for a first chair, {@code personId} null when the chair was vacated).
 */
public record ChairChanged(UUID pillarId, String network, String pillarName, UUID personId, UUID previousPersonId,
                           LocalDate from) implements PillarEvent {
    public static final String TYPE = "nl.municipalnetworks.pillar.chair-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return pillarId.toString();
    }
}
