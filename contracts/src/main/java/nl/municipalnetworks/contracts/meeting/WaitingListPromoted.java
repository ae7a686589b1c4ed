package nl.municipalnetworks.contracts.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A registration on the waiting list got a seat that came free (a cancellation, or more seats). */
public record WaitingListPromoted(UUID eventId, List<String> networks, UUID registrationId, UUID sessionId,
                                  UUID municipalityId, String name, String email, OffsetDateTime startsAt)
        implements MeetingEvent {
    public static final String TYPE = "nl.municipalnetworks.events.waiting-list-promoted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
