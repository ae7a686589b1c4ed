package nl.municipalnetworks.events.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public final class RegistrationDtos {

    private RegistrationDtos() {
    }

    /**
     * A registration. An official registers themselves or a colleague of their own municipality (municipalityId may
     * be left out: it is theirs). The organiser registers an official of a member municipality (municipalityId) or
     * invites a guest by e-mail (no municipalityId).
     */
    public record RegistrationData(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 254) @Email(message = "must be an e-mail address") String email,
            @Schema(description = "The official's municipality (member-service's id); leave out for a guest, or for your own")
            UUID municipalityId,
            @Schema(description = "A session of the event to take a seat in; leave out for the event as a whole")
            UUID sessionId) {
    }

    /**
     * A registration as the API shows it (names and e-mail only to those who may see them). number: the order in
     * which the event's registrations came in; a WAITING registration's place on the list is waitingPosition.
     */
    /** placedByRule: put in this breakout group by the rule for registrants without a cluster (cluster-breakouts). */
    public record RegistrationView(UUID id, UUID eventId, UUID sessionId, boolean placedByRule, long number, UUID municipalityId,
                                   String municipalityName, boolean guest, String name, String email,
                                   RegistrationStatus status, Integer waitingPosition, OffsetDateTime registeredAt,
                                   OffsetDateTime confirmedAt, OffsetDateTime cancelledAt, CancelReason cancelReason,
                                   OffsetDateTime checkedInAt) {
    }
}
