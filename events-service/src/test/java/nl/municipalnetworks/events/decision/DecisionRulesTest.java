package nl.municipalnetworks.events.decision;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.events.decision.DecisionDtos.AccountsReference;
import nl.municipalnetworks.events.decision.DecisionDtos.BudgetReference;
import nl.municipalnetworks.events.decision.DecisionDtos.DecisionData;
import nl.municipalnetworks.events.event.EventKind;
import nl.municipalnetworks.events.event.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionRulesTest {

    private static final LocalDate MEETING = LocalDate.of(2025, 10, 16);
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 20);
    private static final List<String> M50 = List.of("M50");

    private static DecisionData budget2026(LocalDate decidedOn) {
        return new DecisionData(DecisionKind.BUDGET_ADOPTED, "Begroting 2026 vastgesteld", new BudgetReference("M50", 2026, null),
                null, decidedOn, "Algemene ledenvergadering");
    }

    @Test
    void aGeneralAssemblyDecidesOnItsOwnDayUnlessAnotherIsGiven() {
        assertThat(DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING, budget2026(null), TODAY))
                .isEqualTo(MEETING);
        assertThat(DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.CLOSED, M50, MEETING,
                budget2026(LocalDate.of(2025, 10, 17)), TODAY)).isEqualTo(LocalDate.of(2025, 10, 17));
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = "GENERAL_ASSEMBLY", mode = EnumSource.Mode.EXCLUDE)
    void onlyAGeneralAssemblyTakesDecisions(EventKind kind) {
        assertThatThrownBy(() -> DecisionRules.check(kind, EventStatus.HELD, M50, MEETING, budget2026(null), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.getMessage()).contains("only a general assembly"))
                .hasMessageContaining(kind.name());
    }

    @Test
    void aCancelledAssemblyTakesNoDecisions() {
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.CANCELLED, M50, MEETING,
                budget2026(null), TODAY)).isInstanceOf(ProblemException.class).hasMessageContaining("cancelled");
    }

    @Test
    void aBudgetsAdoptionNamesABudgetOfTheAssemblysNetworkAndOnlyItDoes() {
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.BUDGET_ADOPTED, "Begroting vastgesteld", null, null, null, "ALV"), TODAY))
                .hasMessageStartingWith("budget:");
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.OTHER, "Voorzitter herbenoemd", new BudgetReference("M50", 2026, null), null, null, "ALV"),
                TODAY)).hasMessageStartingWith("budget:");
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.BUDGET_ADOPTED, "Begroting G40", new BudgetReference("G40", 2026, null), null, null, "ALV"),
                TODAY)).hasMessageStartingWith("budget.network:");
    }

    @Test
    void theAnnualAccountsAdoptionNamesEndedAccountsOfTheAssemblysNetworkAndOnlyItDoes() {
        DecisionData accounts2024 = new DecisionData(DecisionKind.ANNUAL_ACCOUNTS_ADOPTED, "Jaarrekening 2024 vastgesteld", null,
                new AccountsReference("M50", 2024), null, "ALV");
        assertThat(DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING, accounts2024, TODAY)).isEqualTo(MEETING);
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.ANNUAL_ACCOUNTS_ADOPTED, "Jaarrekening vastgesteld", null, null, null, "ALV"), TODAY))
                .hasMessageStartingWith("accounts:");
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.BUDGET_ADOPTED, "Begroting 2026 vastgesteld", new BudgetReference("M50", 2026, null),
                        new AccountsReference("M50", 2024), null, "ALV"), TODAY)).hasMessageStartingWith("accounts:");
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.ANNUAL_ACCOUNTS_ADOPTED, "Jaarrekening G40", null, new AccountsReference("G40", 2024),
                        null, "ALV"), TODAY)).hasMessageStartingWith("accounts.network:");
        // the accounts of 2025 are not adopted in October 2025: the year has not ended
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                new DecisionData(DecisionKind.ANNUAL_ACCOUNTS_ADOPTED, "Jaarrekening 2025", null, new AccountsReference("M50", 2025),
                        null, "ALV"), TODAY)).hasMessageStartingWith("accounts.year:");
    }

    @Test
    void aDecisionIsNotInTheFuture() {
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.OPEN, M50, TODAY.plusDays(1),
                budget2026(null), TODAY)).hasMessageStartingWith("decidedOn:");
        assertThatThrownBy(() -> DecisionRules.check(EventKind.GENERAL_ASSEMBLY, EventStatus.HELD, M50, MEETING,
                budget2026(TODAY.plusDays(1)), TODAY)).hasMessageStartingWith("decidedOn:");
    }
}
