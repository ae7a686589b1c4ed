package nl.municipalnetworks.finance.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class AccountsDtos {

    private AccountsDtos() {
    }

    /** What the general assembly decided, recorded by the treasurer (a network that does not record it in events-service). */
    public record AdoptionData(
            @Schema(description = "The general assembly (ALV) that adopted the accounts", example = "ALV voorjaar 2025")
            @NotBlank @Size(max = 200) String meetingTitle,
            @Schema(description = "The day of that meeting (Europe/Amsterdam): after the year ended, not in the future",
                    example = "2025-05-15")
            @NotNull LocalDate meetingDate,
            @Schema(description = "Who decided, as the minutes say", example = "Algemene ledenvergadering M50")
            @NotBlank @Size(max = 200) String decidedBy,
            @Schema(description = "The general assembly's event in events-service, when it has one")
            UUID meetingEventId,
            @Schema(description = "The decision's id (events-service's, or one the client chose): sent again, the adoption "
                    + "it recorded is answered and nothing is recorded twice. A new one when left out")
            UUID decisionId) {
    }

    /** @param eventId events-service's event of the general assembly; null when recorded by hand without one */
    public record MeetingView(UUID eventId, String title) {
    }

    /**
     * A network's annual accounts of a year, adopted by the general assembly.
     *
     * @param adoptedOn  the day of the meeting
     * @param recordedBy who recorded it here: the treasurer's user name, or the event that reported the decision
     */
    public record AdoptionView(UUID id, String network, int year, LocalDate adoptedOn, MeetingView meeting, UUID decisionId,
                               String decidedBy, String recordedBy, OffsetDateTime recordedAt) {
    }
}
