package nl.municipalnetworks.pillar.lobby;

import nl.municipalnetworks.commons.api.NetworkCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.commons.api.ContactDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class LobbyDtos {

    private LobbyDtos() {
    }

    public record StakeholderData(@NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
                                  @NotBlank @Size(max = 200) String name,
                                  @NotNull StakeholderKind kind,
                                  @Size(max = 4000) String description) {
    }

    public record ContactData(@NotBlank @Size(max = 200) String name,
                              @Size(max = 200) String jobTitle,
                              @Email @Size(max = 254) String email,
                              @Pattern(regexp = ContactDetails.PHONE, message = ContactDetails.PHONE_REASON) String phone) {
    }

    public record ContactView(UUID id, String name, String jobTitle, String email, String phone) {
    }

    /** Only those who work in the network read the lobby, so the contact persons are always included. */
    public record StakeholderView(UUID id, String network, String name, StakeholderKind kind, String description,
                                  List<ContactView> contacts) {
    }

    public record LobbyItemData(@NotNull UUID pillarId,
                                @NotNull LobbyItemKind kind,
                                @NotBlank @Size(max = 300) String title,
                                @Size(max = 20_000) String body,
                                LobbyStatus status,
                                LocalDate deadline,
                                @Size(max = 300) String parliamentaryMoment,
                                @Size(max = 50) List<@NotNull UUID> stakeholderIds) {
    }

    public record StatusChange(@NotNull LobbyStatus status) {
    }

    public record StakeholderSummary(UUID id, String name, StakeholderKind kind) {
    }

    public record LobbyItemView(UUID id, String network, UUID pillarId, String pillarName, LobbyItemKind kind, String title,
                                String body, LobbyStatus status, LocalDate deadline, String parliamentaryMoment,
                                List<StakeholderSummary> stakeholders) {
    }

    /** What is due in the coming weeks; {@code overdue} counts the items whose deadline has passed. */
    public record DueList(String network, LocalDate today, LocalDate until, int overdue, List<LobbyItemView> items) {
    }
}
