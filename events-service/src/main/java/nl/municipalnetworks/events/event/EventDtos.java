package nl.municipalnetworks.events.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.NetworkCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class EventDtos {

    private EventDtos() {
    }

    /**
     * A new event, or all of an event's details when it changes (PUT). Moments are ISO 8601 with their offset; the
     * API answers them in Dutch time (Europe/Amsterdam).
     */
    public record EventData(
            @Schema(description = "The host network; its secretariat organises the event (unless a partner does)", example = "M50")
            @NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
            @Schema(description = "Other networks the event is also of, e.g. G40 for a Platform31 webinar with G40 and M50")
            @Size(max = 10) List<@NotNull @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String> otherNetworks,
            @Schema(description = "The partner that organises it, or with whom, e.g. Platform31")
            @Size(max = 200) String partner,
            @NotNull EventKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2025-03-27T14:00:00+01:00")
            @NotNull String startsAt,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2025-03-27T17:30:00+01:00")
            @NotNull String endsAt,
            @Schema(description = "Where it takes place; place or onlineLink (or both) is required")
            @Size(max = 300) String place,
            @Schema(description = "An https link for an online event", example = "https://teams.microsoft.com/l/meetup-join/m50")
            @Size(max = 500) String onlineLink,
            @Schema(description = "The organising pillar (pillar-service's code or name), free text for now")
            @Size(max = 100) String pillar,
            @Schema(description = "The organising theme, free text for now")
            @Size(max = 200) String theme,
            @NotNull Audience audience,
            @Schema(description = "Seats; leave out for no limit")
            @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000") Integer capacity,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Registration closes; leave out to close when the event starts",
                    example = "2025-03-20T23:59:00+01:00")
            String registrationDeadline) {
    }

    /** A new session of an event: within the event's time. */
    public record SessionData(
            @NotBlank @Size(max = 200) String title,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2025-03-27T16:00:00+01:00")
            @NotNull String startsAt,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2025-03-27T17:00:00+01:00")
            @NotNull String endsAt,
            @Size(max = 300) String place,
            @Schema(description = "Seats in this session; leave out for no limit of its own")
            @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000") Integer capacity,
            @Schema(description = "A breakout group for this Platform31 cluster: it takes every registrant of that cluster "
                    + "(no capacity of its own); see cluster-breakouts", example = "Werkstad")
            @Size(max = 60) String cluster) {
    }

    public record StatusChange(@NotNull EventStatus status) {
    }

    /** Seats: the capacity (null: no limit), confirmed registrations, the waiting list and what is still free. */
    public record Seats(Integer capacity, long confirmed, long waiting, Long available) {
        public static Seats of(Integer capacity, long confirmed, long waiting) {
            return new Seats(capacity, confirmed, waiting, capacity == null ? null : Math.max(0, capacity - confirmed));
        }
    }

    /** cluster: the Platform31 cluster whose registrants this breakout group takes; null for any other session. */
    public record SessionView(UUID id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String place,
                              String cluster, Seats seats) {
    }

    /**
     * An event as the API shows it. organisedByPartner: a partner (not the secretariat) organises and manages it.
     * sequence: how often it changed in a way a calendar client picks up (iCalendar SEQUENCE); updatedAt: when.
     */
    public record EventView(UUID id, String network, List<String> networks, String partner, boolean organisedByPartner,
                            EventKind kind, String title, String description, OffsetDateTime startsAt,
                            OffsetDateTime endsAt, String place, String onlineLink, String pillar, String theme,
                            Audience audience, OffsetDateTime registrationDeadline, EventStatus status, int sequence,
                            OffsetDateTime updatedAt, Seats seats, List<SessionView> sessions) {
    }

}
