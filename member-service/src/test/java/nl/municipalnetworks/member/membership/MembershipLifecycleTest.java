package nl.municipalnetworks.member.membership;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.rules.NoticeRule;
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

        MembershipStatusChange notice = m.giveNotice(LocalDate.of(2026, 8, 15), LocalDate.of(2027, 1, 1), null, "secretariat");
        assertThat(notice.toStatus).isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(m.status.isCurrentMember()).isTrue();

        MembershipStatusChange ended = m.end(LocalDate.of(2027, 1, 1), "secretariat");
        assertThat(ended.reason).isEqualTo(EndReason.NOTICE);
        assertThat(ended.fromStatus).isEqualTo(MembershipStatus.NOTICE_GIVEN);
        assertThat(m.status).isEqualTo(MembershipStatus.ENDED);
        assertThat(m.endsOn).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void illegalTransitionsAreConflicts() {
        Membership prospect = Membership.prospect("M50", zutphen(), null, null);
        assertConflict(() -> prospect.giveNotice(JAN_1, JAN_1.plusMonths(4), null, "x"));

        Membership member = Membership.member("M50", zutphen(), JAN_1);
        assertConflict(() -> member.join(JAN_1, "x"));
        assertConflict(() -> member.end(JAN_1, "x"));

        member.giveNotice(JAN_1.plusDays(10), JAN_1.plusYears(1), null, "x");
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
        assertInvalid(() -> member.giveNotice(JAN_1.minusDays(1), JAN_1.plusYears(1), null, "x"), "effectiveOn");
        assertInvalid(() -> member.giveNotice(JAN_1.plusDays(5), JAN_1.plusDays(4), null, "x"), "endsOn");
        assertInvalid(() -> member.giveNotice(JAN_1.plusDays(5), null, null, "x"), "endsOn");
        assertThat(member.status).isEqualTo(MembershipStatus.MEMBER);
    }

    @Test
    void theNetworksNoticeRuleComputesTheEndAndRefusesAnEarlierOne() {
        Membership early = Membership.member("M50", zutphen(), JAN_1);
        early.giveNotice(LocalDate.of(2026, 8, 31), null, NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY, "x");
        assertThat(early.endsOn).isEqualTo(LocalDate.of(2026, 12, 31));

        Membership late = Membership.member("M50", zutphen(), JAN_1);
        assertInvalid(() -> late.giveNotice(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31),
                NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY, "x"), "endsOn");
        assertThat(late.status).isEqualTo(MembershipStatus.MEMBER);
        late.giveNotice(LocalDate.of(2026, 9, 1), null, NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY, "x");
        assertThat(late.endsOn).isEqualTo(LocalDate.of(2027, 12, 31));

        Membership later = Membership.member("M50", zutphen(), JAN_1);
        later.giveNotice(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 6, 30), NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY, "x");
        assertThat(later.endsOn).as("a member may leave later than the rule requires").isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void aMergerEndsEveryOpenMembershipOnTheDayBefore() {
        Membership member = Membership.member("M50", zutphen(), LocalDate.of(2019, 1, 1));
        MembershipStatusChange change = member.endByMerger(LocalDate.of(2022, 1, 1), "x");
        assertThat(member.status).isEqualTo(MembershipStatus.ENDED);
        assertThat(member.endsOn).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(member.endReason).isEqualTo(EndReason.MERGED);
        assertThat(change.reason).isEqualTo(EndReason.MERGED);
        assertThat(change.effectiveOn).isEqualTo(LocalDate.of(2021, 12, 31));

        Membership prospect = Membership.prospect("M50", zutphen(), null, null);
        prospect.endByMerger(LocalDate.of(2022, 1, 1), "x");
        assertThat(prospect.endReason).isEqualTo(EndReason.MERGED);

        assertConflict(() -> member.endByMerger(LocalDate.of(2023, 1, 1), "x"));
        Membership joinedAfter = Membership.member("M50", zutphen(), LocalDate.of(2022, 6, 1));
        assertConflict(() -> joinedAfter.endByMerger(LocalDate.of(2022, 1, 1), "x"));
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
