package nl.municipalnetworks.contracts.pillar;

import java.time.LocalDate;
import java.util.UUID;

/** An activity reached its target ("ten experiments": the tenth municipality took part). Published once. */
public record ActivityTargetReached(UUID activityId, String network, UUID themeId, String title, int targetNumber,
                                    String targetUnit, LocalDate reachedOn) implements PillarEvent {
    public static final String TYPE = "nl.municipalnetworks.pillar.activity-target-reached.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return activityId.toString();
    }
}
