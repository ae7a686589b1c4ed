package nl.municipalnetworks.member.membership;

/** Where the recruitment of a prospect stands. */
public enum RecruitmentStatus {
    IDENTIFIED,
    CONTACTED,
    IN_CONVERSATION,
    CONSIDERING,
    JOINED,
    DECLINED
}
