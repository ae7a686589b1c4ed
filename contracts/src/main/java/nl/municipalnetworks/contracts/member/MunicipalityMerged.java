package nl.municipalnetworks.contracts.member;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Municipalities merged (herindeling) into a successor on {@code mergedOn}: a new municipality (Dijk en
 * Waard from Heerhugowaard and Langedijk) or a continuing one that absorbs others. Keyed by the successor.
 *
 * <p>The memberships of the merged municipalities ended on the day before with the reason MERGED; they
 * are listed in {@code endedMemberships} and get no separate membership-ended event, because consumers
 * move what hangs on them (participations, registrations, invoices) to the successor instead of ending
 * it. Where a network decided that the successor continues as a member, {@code successorMemberships}
 * lists those memberships (a new one is also announced with joined.v1).
 */
public record MunicipalityMerged(UUID mergerId, UUID successorMunicipalityId, String successorName,
                                 String successorCbsCode, LocalDate mergedOn, List<MergedMunicipality> merged,
                                 List<EndedMembership> endedMemberships, List<SuccessorMembership> successorMemberships)
        implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.municipality-merged.v1";

    public record MergedMunicipality(UUID municipalityId, String name, String cbsCode) {
    }

    public record EndedMembership(UUID membershipId, String network, UUID municipalityId, LocalDate endedOn) {
    }

    public record SuccessorMembership(UUID membershipId, String network) {
    }

    @Override
    public UUID municipalityId() {
        return successorMunicipalityId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
