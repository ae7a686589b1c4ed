package nl.municipalnetworks.events.actionitem;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public final class ActionItemDtos {

    private ActionItemDtos() {
    }

    /**
     * A new action item of a meeting. The owner is a person (name, e-mail), optionally acting for a member
     * municipality (ownerMunicipalityId: a member of one of the event's networks; its officials then see the item and
     * may mark it done) or a pillar (free text).
     */
    public record ActionItemData(
            @NotBlank @Size(max = 1000) String description,
            @NotBlank @Size(max = 200) String ownerName,
            @NotBlank @Size(max = 254) @Email(message = "must be an e-mail address") String ownerEmail,
            @Schema(description = "The member municipality the owner acts for (member-service's id)")
            UUID ownerMunicipalityId,
            @Schema(description = "The pillar the owner acts for, free text for now", example = "Sociaal Domein")
            @Size(max = 100) String ownerPillar,
            @Schema(type = SchemaType.STRING, format = "date", description = "The Dutch calendar day it is due", example = "2025-06-30")
            @NotNull String dueDate) {
    }

    public record StatusChange(@NotNull ActionItemStatus status) {
    }

    /** An action item as the API shows it; overdue: OPEN and due before today (Europe/Amsterdam). */
    public record ActionItemView(UUID id, UUID eventId, String eventTitle, String network, String description,
                                 String ownerName, String ownerEmail, UUID ownerMunicipalityId, String ownerMunicipalityName,
                                 String ownerPillar, LocalDate dueDate, ActionItemStatus status, boolean overdue,
                                 OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }
}
