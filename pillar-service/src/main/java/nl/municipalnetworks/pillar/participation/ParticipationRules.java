package nl.municipalnetworks.pillar.participation;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.pillar.member.KnownMembership;
import nl.municipalnetworks.pillar.member.KnownPerson;
import nl.municipalnetworks.pillar.member.MemberView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Who may take part, in plain Java: only current members, with an official and supporter of their own. */
public final class ParticipationRules {

    private ParticipationRules() {
    }

    /**
     * @param memberships the municipality's memberships in the network of the pillar or theme
     * @param supporter   may be null
     */
    public static void requireMayTakePart(String network, UUID municipalityId, List<KnownMembership> memberships,
                                          LocalDate startedOn, KnownPerson official, KnownPerson supporter) {
        if (!MemberView.isMemberOn(memberships, startedOn)) {
            throw ProblemException.invalid("municipalityId", "is not a member of " + network + " on " + startedOn
                    + "; only members take part");
        }
        if (!municipalityId.equals(official.municipalityId)) {
            throw ProblemException.invalid("officialId", "must be an official of the participating municipality");
        }
        if (supporter != null && !municipalityId.equals(supporter.municipalityId)) {
            throw ProblemException.invalid("supporterId", "must be a civil servant of the participating municipality");
        }
    }

    /** Ends a running participation on {@code endedOn}, which may not precede its start. */
    public static void end(Participation participation, LocalDate endedOn, String reason) {
        if (!participation.isCurrent()) {
            throw ProblemException.conflict("endedOn", "this participation already ended on " + participation.endedOn);
        }
        if (endedOn.isBefore(participation.startedOn)) {
            throw ProblemException.invalid("endedOn", "must not be before " + participation.startedOn + ", when it started");
        }
        participation.endedOn = endedOn;
        participation.endReason = reason;
    }
}
