package nl.municipalnetworks.member.membership;

/** Why a membership ended. */
public enum EndReason {
    /** The member gave notice and the notice took effect. */
    NOTICE,
    /** A prospect did not join. */
    DECLINED,
    /** The municipality merged into another one (herindeling); see the municipality's successor. */
    MERGED
}
