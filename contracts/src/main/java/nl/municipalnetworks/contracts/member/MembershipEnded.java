package nl.municipalnetworks.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A membership ended. Consumers end the municipality's participations, cancel its future
 * registrations and stop its invoicing in that network.
 */
public record MembershipEnded(UUID membershipId, String network, UUID municipalityId, LocalDate endedOn)
        implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.membership-ended.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
