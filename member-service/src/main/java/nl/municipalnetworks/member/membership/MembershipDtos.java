package nl.municipalnetworks.member.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.municipalnetworks.member.municipality.Cluster;
import nl.municipalnetworks.member.municipality.Municipality;
import nl.municipalnetworks.member.municipality.Province;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the membership API. */
public final class MembershipDtos {

    private MembershipDtos() {
    }

    public record MunicipalitySummary(UUID id, String cbsCode, String name, Province province, Cluster cluster) {
        static MunicipalitySummary from(Municipality m) {
            return new MunicipalitySummary(m.id, m.cbsCode, m.name, m.province, m.cluster);
        }
    }

    public record Recruitment(RecruitmentStatus status, String owner) {
    }

    /**
     * A membership. {@code endsOn} is the last day as a member. {@code recruitment} (which names who
     * recruits) is shown only to the network's secretariat and board, null for everyone else.
     */
    public record MembershipView(UUID id, String network, MunicipalitySummary municipality, MembershipStatus status,
                                 LocalDate joinedOn, LocalDate noticeGivenOn, LocalDate endsOn, EndReason endReason,
                                 Recruitment recruitment) {
        static MembershipView from(Membership m, boolean withInternals) {
            Recruitment recruitment = m.recruitmentStatus == null || !withInternals ? null
                    : new Recruitment(m.recruitmentStatus, m.recruitmentOwner);
            return new MembershipView(m.id, m.network, MunicipalitySummary.from(m.municipality), m.status,
                    m.joinedOn, m.noticeGivenOn, m.endsOn, m.endReason, recruitment);
        }
    }

    /** One step of the history; {@code changedBy} only for the network's secretariat and board. */
    public record StatusChangeView(MembershipStatus fromStatus, MembershipStatus toStatus, LocalDate effectiveOn,
                                   EndReason reason, OffsetDateTime changedAt, String changedBy) {
        static StatusChangeView from(MembershipStatusChange c, boolean withInternals) {
            return new StatusChangeView(c.fromStatus, c.toStatus, c.effectiveOn, c.reason, c.changedAt,
                    withInternals ? c.changedBy : null);
        }
    }

    public record NoteView(UUID id, String author, String text, OffsetDateTime writtenAt) {
        static NoteView from(RecruitmentNote n) {
            return new NoteView(n.id, n.author, n.text, n.writtenAt);
        }
    }

    public record MembershipDetail(MembershipView membership, List<StatusChangeView> history, List<NoteView> recruitmentNotes) {
    }

    /** A new prospect (default) or, for filling the register, a current member. */
    public record CreateMembership(@NotBlank String network, @NotNull UUID municipalityId, MembershipStatus status,
                                   LocalDate joinedOn, RecruitmentStatus recruitmentStatus,
                                   @Size(max = 200) String recruitmentOwner) {
    }

    /**
     * Move a membership: to MEMBER (effectiveOn = join date), NOTICE_GIVEN (effectiveOn = the day the
     * notice was received; endsOn = last day as a member, computed from the network's notice rule when
     * left out) or ENDED (effectiveOn = last day as a member).
     */
    public record ChangeStatus(@NotNull MembershipStatus status, @NotNull LocalDate effectiveOn, LocalDate endsOn) {
    }

    public record UpdateRecruitment(@NotNull RecruitmentStatus status, @Size(max = 200) String owner) {
    }

    public record NewNote(@NotBlank @Size(max = 4000) String text) {
    }

    /** The public member list: what anyone may know about a member. */
    public record PublicMember(String name, Province province, Cluster cluster, LocalDate since) {
        static PublicMember from(Membership m) {
            return new PublicMember(m.municipality.name, m.municipality.province, m.municipality.cluster, m.joinedOn);
        }
    }
}
