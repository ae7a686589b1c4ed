package nl.municipalnetworks.contracts.member;

import java.util.UUID;

/**
 * The contact official of a member municipality in a network changed. Person ids only: the names travel
 * in {@link PersonRecorded}, contact details stay in member-service.
 */
public record ContactOfficialChanged(String network, UUID municipalityId, UUID personId, UUID previousPersonId)
        implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.contact-official-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
