package nl.municipalnetworks.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/** A municipality became a member of a network (from prospect, or registered as member directly). */
public record MemberJoined(UUID membershipId, String network, UUID municipalityId, String municipalityName,
                           LocalDate joinedOn) implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.joined.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
