package nl.municipalnetworks.member.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in a membership's history. Rows are only ever added. */
@Entity
@Table(name = "membership_status_change")
public class MembershipStatusChange {

    @Id
    public UUID id;

    @Column(name = "membership_id")
    public UUID membershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MembershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public MembershipStatus toStatus;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    /** Why the membership ended, on the change that ended it. */
    @Enumerated(EnumType.STRING)
    public EndReason reason;

    static MembershipStatusChange of(Membership membership, MembershipStatus from, MembershipStatus to,
                                     LocalDate effectiveOn, String by) {
        MembershipStatusChange change = new MembershipStatusChange();
        change.id = UUID.randomUUID();
        change.membershipId = membership.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.effectiveOn = effectiveOn;
        change.changedAt = OffsetDateTime.now();
        change.changedBy = by;
        change.reason = to == MembershipStatus.ENDED ? membership.endReason : null;
        return change;
    }
}
