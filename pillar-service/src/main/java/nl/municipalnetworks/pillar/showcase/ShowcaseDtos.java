package nl.municipalnetworks.pillar.showcase;

import nl.municipalnetworks.commons.api.NetworkCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

public final class ShowcaseDtos {

    private ShowcaseDtos() {
    }

    public record ShowcaseData(@NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
                               UUID themeId,
                               @NotNull UUID municipalityId,
                               @NotBlank @Size(max = 300) String title,
                               @NotBlank @Size(max = 20_000) String story,
                               LocalDate publishedOn) {
    }

    public record ShowcaseView(UUID id, String network, UUID themeId, String themeName, UUID municipalityId,
                               String municipalityName, String title, String story, LocalDate publishedOn) {
    }
}
