package nl.municipalnetworks.member.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.member.membership.MembershipStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The designation of a municipality's contact official (contactambtenaar) in a network. The rule:
 * every member municipality has exactly one current contact official per network, a civil servant
 * of that same municipality. A new designation closes the previous one; history is kept.
 */
@Entity
@Table(name = "contact_official")
public class ContactOfficial {

    @Id
    public UUID id;

    @Column(name = "network_code")
    public String network;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "person_id")
    public UUID personId;

    public OffsetDateTime since;

    /** Null while current. */
    public OffsetDateTime until;

    /** Checks the rule and returns the new designation; the caller closes the previous one. */
    public static ContactOfficial designate(String network, UUID municipalityId, MembershipStatus membershipStatus,
                                            Person person, OffsetDateTime now) {
        if (membershipStatus == null || !membershipStatus.isCurrentMember()) {
            throw ProblemException.conflict("Only a member municipality names a contact official; this one is "
                    + (membershipStatus == null ? "not in " + network : membershipStatus));
        }
        if (person.municipality == null || !person.municipality.id.equals(municipalityId)) {
            throw ProblemException.invalid("personId", "the contact official must work for the municipality itself");
        }
        if (person.role != null && person.role.isElected()) {
            throw ProblemException.invalid("personId", "the contact official is a civil servant, not a " + person.role);
        }
        ContactOfficial designation = new ContactOfficial();
        designation.id = UUID.randomUUID();
        designation.network = network;
        designation.municipalityId = municipalityId;
        designation.personId = person.id;
        designation.since = now;
        return designation;
    }
}
