package nl.municipalnetworks.contracts.member;

import java.util.UUID;

/**
 * The contact official of a member municipality in a network changed. Only person ids travel:
 * names and contact details are personal data and stay in member-service.
 */
public record ContactOfficialChanged(String network, UUID municipalityId, UUID personId, UUID previousPersonId)
        implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.contact-official-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
