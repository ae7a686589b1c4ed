package nl.municipalnetworks.member.membership;

import java.util.Set;

/**
 * The lifecycle of a membership: prospect -> member -> notice given -> ended. A prospect that does
 * not join is ended too. Nothing moves backwards: a municipality that returns gets a new membership.
 */
public enum MembershipStatus {
    PROSPECT,
    MEMBER,
    NOTICE_GIVEN,
    ENDED;

    public Set<MembershipStatus> next() {
        return switch (this) {
            case PROSPECT -> Set.of(MEMBER, ENDED);
            case MEMBER -> Set.of(NOTICE_GIVEN);
            case NOTICE_GIVEN -> Set.of(ENDED);
            case ENDED -> Set.of();
        };
    }

    public boolean canMoveTo(MembershipStatus target) {
        return next().contains(target);
    }

    /** Member or under notice: counts as a member today. */
    public boolean isCurrentMember() {
        return this == MEMBER || this == NOTICE_GIVEN;
    }
}
