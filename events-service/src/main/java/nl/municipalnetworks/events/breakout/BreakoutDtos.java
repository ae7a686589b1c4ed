package nl.municipalnetworks.events.breakout;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class BreakoutDtos {

    private BreakoutDtos() {
    }

    /** When and where the groups meet; left out: the event's own time and place. */
    public record BreakoutData(
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2025-12-11T15:45:00+01:00") String startsAt,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2025-12-11T16:30:00+01:00") String endsAt,
            @Size(max = 300) String place) {
    }

    /** A group and how many live registrations (confirmed and waiting) it holds. */
    public record GroupView(UUID sessionId, String cluster, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                            long registrants) {
    }

    /**
     * Someone placed by the rule rather than by their cluster, for the organiser to look at. reason: GUEST (no
     * municipality) or NO_CLUSTER (the municipality's cluster is not known).
     */
    public record PlacedByRuleView(UUID registrationId, String name, UUID municipalityId, String municipalityName,
                                   String reason, UUID sessionId, String cluster) {
    }

    /** The cluster breakouts of an event: the groups in the report's order, who the rule placed, and the rule. */
    public record ClusterBreakoutsView(UUID eventId, String rule, List<GroupView> groups, List<PlacedByRuleView> placedByRule) {
    }
}
