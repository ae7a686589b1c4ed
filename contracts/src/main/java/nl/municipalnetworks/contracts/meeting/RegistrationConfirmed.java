package nl.municipalnetworks.contracts.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registration got a seat at once (not through the waiting list). Name and e-mail travel so that the person can be
 * told; consumers keep them only as long as they need them (GDPR).
 *
 * @param sessionId      the session the seat is in, null for the meeting as a whole
 * @param municipalityId the official's municipality, null for a guest invited by e-mail
 */
public record RegistrationConfirmed(UUID eventId, List<String> networks, UUID registrationId, UUID sessionId,
                                    UUID municipalityId, String name, String email, OffsetDateTime startsAt)
        implements MeetingEvent {
    public static final String TYPE = "nl.municipalnetworks.events.registration-confirmed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
