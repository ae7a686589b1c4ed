package nl.municipalnetworks.member.membership;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.member.municipality.Municipality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipLifecycleTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static Municipality zutphen() {
        Municipality m = new Municipality();
        m.id = UUID.randomUUID();
        m.name = "Zutphen";
        return m;
    }

    @Test
    void prospectJoinsGivesNoticeAndEnds() {
        Membership m = Membership.prospect("M50", zutphen(), null, "m50-secretariat");
        assertThat(m.recruitmentStatus).isEqualTo(RecruitmentStatus.IDENTIFIED);

        MembershipStatusChange joined = m.join(JAN_1, "secretariat");
        assertThat(joined.fromStatus).isEqualTo(MembershipStatus.PROSPECT);
        assertThat(joined.toStatus).isEqualTo(MembershipStatus.MEMBER);
        assertThat(m.joinedOn).isEqualTo(JAN_1);
        assertThat(m.recruitmentStatus).isEqualTo(RecruitmentStatus.JOINED);

        MembershipStatusChange notice = m.giveNotice(LocalDate.of(2026, 8, 15), LocalDate.of(2027, 1, 1), "secretariat");
        assertThat(notice.toStatus).isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(m.status.isCurrentMember()).isTrue();

        MembershipStatusChange ended = m.end(LocalDate.of(2027, 1, 1), "secretariat");
        assertThat(ended.fromStatus).isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(m.status).isEqualTo(MembershipStatus.ENDED);
        assertThat(m.endsOn).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void illegalTransitionsAreConflicts() {
        Membership prospect = Membership.prospect("M50", zutphen(), null, null);
        assertConflict(() -> prospect.giveNotice(JAN_1, JAN_1.plusMonths(4), "x"));

        Membership member = Membership.member("M50", zutphen(), JAN_1);
        assertConflict(() -> member.join(JAN_1, "x"));
        assertConflict(() -> member.end(JAN_1, "x"));

        member.giveNotice(JAN_1.plusDays(10), JAN_1.plusYears(1), "x");
        member.end(JAN_1.plusYears(1), "x");
        assertConflict(() -> member.join(JAN_1.plusYears(2), "x"));
        assertThat(member.status).isEqualTo(MembershipStatus.ENDED);
    }

    @Test
    void aProspectThatDoesNotJoinIsEndedAsDeclined() {
        Membership prospect = Membership.prospect("M50", zutphen(), RecruitmentStatus.CONTACTED, null);
        prospect.end(JAN_1, "x");
        assertThat(prospect.status).isEqualTo(MembershipStatus.ENDED);
        assertThat(prospect.recruitmentStatus).isEqualTo(RecruitmentStatus.DECLINED);
    }

    @Test
    void noticeDatesMustBeInOrder() {
        Membership member = Membership.member("M50", zutphen(), JAN_1);
        assertInvalid(() -> member.giveNotice(JAN_1.minusDays(1), JAN_1.plusYears(1), "x"), "effectiveOn");
        assertInvalid(() -> member.giveNotice(JAN_1.plusDays(5), JAN_1.plusDays(4), "x"), "endsOn");
        assertInvalid(() -> member.giveNotice(JAN_1.plusDays(5), null, "x"), "endsOn");
        assertThat(member.status).isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void recruitmentOnlyForProspects() {
        Membership prospect = Membership.prospect("M50", zutphen(), null, null);
        prospect.updateRecruitment(RecruitmentStatus.IN_CONVERSATION, "Eva Boswinkel");
        assertThat(prospect.recruitmentOwner).isEqualTo("Eva Boswinkel");
        assertInvalid(() -> prospect.updateRecruitment(RecruitmentStatus.JOINED, null), "status");

        Membership member = Membership.member("M50", zutphen(), JAN_1);
        assertConflict(() -> member.updateRecruitment(RecruitmentStatus.CONTACTED, null));
    }

    private static void assertConflict(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }

    private static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem().invalidParams()).extracting("name").containsExactly(field);
        });
    }
}
