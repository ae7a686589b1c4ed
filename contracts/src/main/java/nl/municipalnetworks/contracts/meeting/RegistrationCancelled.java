package nl.municipalnetworks.contracts.meeting;

import java.util.List;
import java.util.UUID;

/**
 * A registration (confirmed or waiting) was cancelled: by the registrant or a colleague of the same municipality
 * ({@code BY_REGISTRANT}), by the organiser ({@code BY_ORGANISER}), or because the municipality's membership ended
 * ({@code MEMBERSHIP_ENDED}: the person is told that their place lapsed).
 *
 * @param wasConfirmed whether it held a seat (a seat that frees may promote the first on the waiting list)
 */
public record RegistrationCancelled(UUID eventId, List<String> networks, UUID registrationId, UUID sessionId,
                                    UUID municipalityId, String name, String email, String reason,
                                    boolean wasConfirmed) implements MeetingEvent {
    public static final String TYPE = "nl.municipalnetworks.events.registration-cancelled.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
