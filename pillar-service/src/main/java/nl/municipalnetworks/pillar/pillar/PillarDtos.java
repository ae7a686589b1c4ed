package nl.municipalnetworks.pillar.pillar;

import nl.municipalnetworks.commons.api.NetworkCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.pillar.api.Params;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class PillarDtos {

    private PillarDtos() {
    }

    public record PillarData(@NotBlank @Pattern(regexp = NetworkCode.PATTERN, message = NetworkCode.REASON) String network,
                             @NotBlank @Pattern(regexp = Params.CODE, message = Params.CODE_REASON) @Size(max = 60) String code,
                             @NotBlank @Size(max = 200) String name,
                             @Size(max = 4000) String description,
                             @NotNull LocalDate validFrom,
                             LocalDate validTo) {
    }

    public record Appointment(@NotNull PillarRoleKind role, @NotNull UUID personId, @NotNull LocalDate from) {
    }

    public record TermEnd(@NotNull LocalDate to) {
    }

    /**
     * Someone in a role. {@code name} is null when the caller may not see names of people (anonymous callers,
     * other networks' systems); the municipality is always shown.
     */
    public record RoleHolder(UUID id, PillarRoleKind role, UUID personId, String name, UUID municipalityId,
                             String municipalityName, LocalDate from, LocalDate to) {
    }

    public record PillarView(UUID id, String network, String code, String name, String description, LocalDate validFrom,
                             LocalDate validTo, RoleHolder chair, RoleHolder viceChair, List<RoleHolder> supporters) {
    }

    /** A pillar with everyone who held a role in it, oldest first. */
    public record PillarDetail(PillarView pillar, List<RoleHolder> history) {
    }
}
