package nl.municipalnetworks.finance.accounts;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.finance.accounts.AccountsAdoptionRules.Outcome;
import nl.municipalnetworks.finance.accounts.AccountsAdoptionRules.Recorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accounts of a year are adopted after it ended, not in the future, once per year and once per decision. */
class AccountsAdoptionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final UUID DECISION = UUID.randomUUID();

    @Test
    void aMeetingAfterTheYearEndedAndNotInTheFutureAdoptsTheAccounts() {
        assertThatCode(() -> AccountsAdoptionRules.checkAdoptedOn(2024, LocalDate.of(2025, 1, 1), TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> AccountsAdoptionRules.checkAdoptedOn(2024, TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> AccountsAdoptionRules.checkAdoptedOn(2020, LocalDate.of(2025, 5, 15), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aMeetingWithinTheYearOrInTheFutureIsBadInputOnMeetingDate() {
        assertBadMeetingDate(() -> AccountsAdoptionRules.checkAdoptedOn(2024, LocalDate.of(2024, 12, 31), TODAY), "once the year is over");
        assertBadMeetingDate(() -> AccountsAdoptionRules.checkAdoptedOn(2025, LocalDate.of(2025, 5, 15), TODAY), "once the year is over");
        assertBadMeetingDate(() -> AccountsAdoptionRules.checkAdoptedOn(2024, TODAY.plusDays(1), TODAY), "in the future");
    }

    @Test
    void aFirstAdoptionIsNewAndTheSameDecisionAgainIsARepeat() {
        assertThat(AccountsAdoptionRules.outcome("M50", 2024, DECISION, Optional.empty(), Optional.empty())).isEqualTo(Outcome.NEW);
        Recorded earlier = new Recorded("M50", 2024, DECISION, LocalDate.of(2025, 5, 15), "ALV voorjaar 2025");
        assertThat(AccountsAdoptionRules.outcome("M50", 2024, DECISION, Optional.of(earlier), Optional.of(earlier)))
                .isEqualTo(Outcome.REPEAT);
    }

    @Test
    void aSecondDecisionForTheSameYearIsAConflictThatSaysWhenItWasAdopted() {
        Recorded earlier = new Recorded("M50", 2024, UUID.randomUUID(), LocalDate.of(2025, 5, 15), "ALV voorjaar 2025");
        assertThatThrownBy(() -> AccountsAdoptionRules.outcome("M50", 2024, DECISION, Optional.empty(), Optional.of(earlier)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.getMessage()).contains("M50 for 2024 were already adopted on 2025-05-15 (ALV voorjaar 2025");
                    assertThat(problem.toProblem().invalidParams().get(0).name()).isEqualTo("year");
                });
    }

    @Test
    void aDecisionThatAdoptedOtherAccountsIsAConflictOnDecisionId() {
        Recorded other = new Recorded("M50", 2023, DECISION, LocalDate.of(2024, 4, 18), "ALV voorjaar 2024");
        assertThatThrownBy(() -> AccountsAdoptionRules.outcome("M50", 2024, DECISION, Optional.of(other), Optional.empty()))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(409);
                    assertThat(problem.getMessage()).contains("already adopted the annual accounts of M50 for 2023");
                    assertThat(problem.toProblem().invalidParams().get(0).name()).isEqualTo("decisionId");
                });
        Recorded otherNetwork = new Recorded("G40", 2024, DECISION, LocalDate.of(2025, 5, 15), "ALV G40");
        assertThatThrownBy(() -> AccountsAdoptionRules.outcome("M50", 2024, DECISION, Optional.of(otherNetwork), Optional.empty()))
                .isInstanceOf(ProblemException.class).hasMessageContaining("G40 for 2024");
    }

    private static void assertBadMeetingDate(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.toProblem().invalidParams().get(0).name()).isEqualTo("meetingDate");
            assertThat(problem.getMessage()).contains(reason);
        });
    }
}
