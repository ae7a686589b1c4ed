package nl.municipalnetworks.member.merger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.member.membership.MembershipStatus;
import nl.municipalnetworks.member.municipality.MunicipalityDtos.MergerLink;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Requests and responses of the merger API. */
public final class MergerDtos {

    private MergerDtos() {
    }

    /**
     * Record a merger: the municipalities that merge into {@code successorId} on {@code mergedOn} (the
     * day the successor exists; their memberships end the day before). {@code successorMemberships}
     * names the networks that decided the successor continues as their member from {@code mergedOn}.
     */
    public record RecordMerger(@NotNull LocalDate mergedOn,
                               @NotNull UUID successorId,
                               @NotEmpty @Size(max = 20) List<@NotNull UUID> mergingMunicipalityIds,
                               @Size(max = 20) Set<@NotBlank String> successorMemberships) {
    }

    public record EndedMembershipView(UUID membershipId, String network, String municipality, LocalDate endedOn) {
    }

    public record SuccessorMembershipView(UUID membershipId, String network, MembershipStatus status, LocalDate joinedOn) {
    }

    public record MergerView(UUID id, LocalDate mergedOn, MergerLink successor, List<MergerLink> merged,
                             List<EndedMembershipView> endedMemberships, List<SuccessorMembershipView> successorMemberships,
                             OffsetDateTime recordedAt) {
    }
}
