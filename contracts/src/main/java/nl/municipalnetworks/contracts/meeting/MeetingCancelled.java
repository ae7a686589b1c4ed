package nl.municipalnetworks.contracts.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting was cancelled by its organiser. Its registrations are kept as they were (who had registered); a
 * consumer that tells people tells every registrant of the meeting.
 *
 * @param registrations how many live (confirmed or waiting) registrations it had
 */
public record MeetingCancelled(UUID eventId, List<String> networks, String title, OffsetDateTime startsAt,
                               int registrations) implements MeetingEvent {
    public static final String TYPE = "nl.municipalnetworks.events.event-cancelled.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
