package nl.municipalnetworks.contracts.member;

import java.util.UUID;

/**
 * A person (an official of a municipality, or a board member without one) was registered, or their name or
 * municipality changed: the current values. Keyed by the person, so that changes to one person stay in order.
 * Names travel because pillar- and events-service show who chairs and who takes part (to the callers
 * STYLE.md allows); e-mail and phone stay in member-service.
 */
public record PersonRecorded(UUID personId, UUID municipalityId, String firstName, String lastName)
        implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.person-recorded.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return personId.toString();
    }
}
