package nl.municipalnetworks.member.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.rules.NoticeRule;
import nl.municipalnetworks.member.municipality.Municipality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A municipality in a network. The lifecycle rules live here; every move returns the
 * {@link MembershipStatusChange} that records it, so history is appended, never overwritten.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    public UUID id;

    @Column(name = "network_code")
    public String network;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    /** Null when the municipality was a member before records were kept and the date is unknown. */
    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "notice_given_on")
    public LocalDate noticeGivenOn;

    /** The last day as a member: announced (after notice) or actual (once ended). */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Why it ended; null while it runs. */
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_status")
    public RecruitmentStatus recruitmentStatus;

    @Column(name = "recruitment_owner")
    public String recruitmentOwner;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public static Membership prospect(String network, Municipality municipality, RecruitmentStatus recruitment,
                                      String owner) {
        Membership m = newMembership(network, municipality, MembershipStatus.PROSPECT);
        m.recruitmentStatus = recruitment == null ? RecruitmentStatus.IDENTIFIED : recruitment;
        m.recruitmentOwner = owner;
        return m;
    }

    /** A municipality registered as a member directly, e.g. when the register is first filled. */
    public static Membership member(String network, Municipality municipality, LocalDate joinedOn) {
        Membership m = newMembership(network, municipality, MembershipStatus.MEMBER);
        m.joinedOn = joinedOn;
        return m;
    }

    private static Membership newMembership(String network, Municipality municipality, MembershipStatus status) {
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.network = network;
        m.municipality = municipality;
        m.status = status;
        m.createdAt = OffsetDateTime.now();
        return m;
    }

    public MembershipStatusChange join(LocalDate joinedOn, String by) {
        requireMove(MembershipStatus.MEMBER);
        requireDate("effectiveOn", joinedOn);
        this.joinedOn = joinedOn;
        this.recruitmentStatus = RecruitmentStatus.JOINED;
        return move(MembershipStatus.MEMBER, joinedOn, by);
    }

    /**
     * Notice given on {@code noticeGivenOn}. Without an end date the network's notice rule computes it;
     * an end date earlier than the rule allows is refused. A network without a rule needs the end date.
     */
    public MembershipStatusChange giveNotice(LocalDate noticeGivenOn, LocalDate endsOn, NoticeRule rule, String by) {
        requireMove(MembershipStatus.NOTICE_GIVEN);
        requireDate("effectiveOn", noticeGivenOn);
        if (joinedOn != null && noticeGivenOn.isBefore(joinedOn)) {
            throw ProblemException.invalid("effectiveOn", "notice cannot be given before the join date " + joinedOn);
        }
        LocalDate lastDay = endsOn;
        if (rule != null) {
            LocalDate earliest = rule.lastDay(noticeGivenOn);
            if (lastDay == null) {
                lastDay = earliest;
            } else if (lastDay.isBefore(earliest)) {
                throw ProblemException.invalid("endsOn", "notice given on " + noticeGivenOn + " ends the membership on "
                        + earliest + " at the earliest (" + network + ": " + rule.describe() + ")");
            }
        }
        if (lastDay == null) {
            throw ProblemException.invalid("endsOn", "is required: " + network + " states no notice rule to compute it from");
        }
        if (lastDay.isBefore(noticeGivenOn)) {
            throw ProblemException.invalid("endsOn", "the membership cannot end before notice is given (" + noticeGivenOn + ")");
        }
        this.noticeGivenOn = noticeGivenOn;
        this.endsOn = lastDay;
        return move(MembershipStatus.NOTICE_GIVEN, noticeGivenOn, by);
    }

    public MembershipStatusChange end(LocalDate endedOn, String by) {
        requireMove(MembershipStatus.ENDED);
        requireDate("effectiveOn", endedOn);
        if (noticeGivenOn != null && endedOn.isBefore(noticeGivenOn)) {
            throw ProblemException.invalid("effectiveOn", "the membership cannot end before notice was given (" + noticeGivenOn + ")");
        }
        if (status == MembershipStatus.PROSPECT) {
            this.recruitmentStatus = RecruitmentStatus.DECLINED;
        }
        this.endsOn = endedOn;
        this.endReason = status == MembershipStatus.PROSPECT ? EndReason.DECLINED : EndReason.NOTICE;
        return move(MembershipStatus.ENDED, endedOn, by);
    }

    /**
     * The municipality merged into another on {@code mergedOn}: whatever the status, the membership
     * ends on the day before, with the reason MERGED.
     */
    public MembershipStatusChange endByMerger(LocalDate mergedOn, String by) {
        if (status == MembershipStatus.ENDED) {
            throw ProblemException.conflict("This membership has already ended");
        }
        LocalDate lastDay = mergedOn.minusDays(1);
        if (joinedOn != null && joinedOn.isAfter(lastDay)) {
            throw ProblemException.conflict("mergedOn", municipality.name + " joined " + network + " on " + joinedOn
                    + ", after the merger on " + mergedOn);
        }
        if (status == MembershipStatus.PROSPECT) {
            this.recruitmentStatus = RecruitmentStatus.DECLINED;
        }
        this.endsOn = lastDay;
        this.endReason = EndReason.MERGED;
        return move(MembershipStatus.ENDED, lastDay, by);
    }

    /** Recruitment is about prospects; a member or former member is not recruited. */
    public void updateRecruitment(RecruitmentStatus recruitment, String owner) {
        if (status != MembershipStatus.PROSPECT) {
            throw ProblemException.conflict("Recruitment applies to prospects; this membership is " + status);
        }
        if (recruitment == RecruitmentStatus.JOINED || recruitment == RecruitmentStatus.DECLINED) {
            throw ProblemException.invalid("status", "set by the membership itself: move the prospect to MEMBER or ENDED");
        }
        this.recruitmentStatus = recruitment;
        this.recruitmentOwner = owner;
    }

    /** The first record of a new membership's history. */
    public MembershipStatusChange initialChange(String by) {
        return MembershipStatusChange.of(this, null, status, status == MembershipStatus.MEMBER ? joinedOn : null, by);
    }

    private void requireMove(MembershipStatus target) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("status",
                    "A membership that is " + status + " cannot become " + target + "; allowed next: " + status.next());
        }
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw ProblemException.invalid(field, "is required for this status change");
        }
    }

    private MembershipStatusChange move(MembershipStatus target, LocalDate effectiveOn, String by) {
        MembershipStatus from = status;
        status = target;
        return MembershipStatusChange.of(this, from, target, effectiveOn, by);
    }
}
