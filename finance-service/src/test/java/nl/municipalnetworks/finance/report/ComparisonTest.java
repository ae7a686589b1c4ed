package nl.municipalnetworks.finance.report;

import nl.municipalnetworks.finance.budget.BudgetLine;
import nl.municipalnetworks.finance.budget.BudgetLines;
import nl.municipalnetworks.finance.budget.LineKind;
import nl.municipalnetworks.finance.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    private static final BudgetLines M50 = new BudgetLines(List.of(
            new BudgetLine("CONTRIBUTIONS", "Ledenbijdragen", LineKind.INCOME, Money.euros("150500.00")),
            new BudgetLine("PLATFORM31", "Kennispartner Platform31", LineKind.EXPENSE, Money.euros("50000.00")),
            new BudgetLine("LOBBY", "Lobby en public affairs", LineKind.EXPENSE, Money.euros("45000.00"))));

    @Test
    void everyBudgetLineWithItsActualsInOrderAndTheTotals() {
        Comparison c = Comparison.of(M50, Map.of(),
                Map.of("CONTRIBUTIONS", Money.euros("147000.00"), "PLATFORM31", Money.euros("50000.00")),
                Map.of("LOBBY", Money.euros("11250.00")));
        assertThat(c.lines()).extracting(ComparedLine::code).containsExactly("CONTRIBUTIONS", "PLATFORM31", "LOBBY");
        ComparedLine lobby = c.lines().get(2);
        assertThat(lobby.actual()).isEqualTo(Money.ZERO);
        assertThat(lobby.awaitingApproval()).isEqualTo(Money.euros("11250.00"));
        assertThat(lobby.remaining()).isEqualTo(Money.euros("45000.00"));
        assertThat(c.total(LineKind.INCOME, ComparedLine::actual)).isEqualTo(Money.euros("147000.00"));
        assertThat(c.total(LineKind.EXPENSE, ComparedLine::budget)).isEqualTo(Money.euros("95000.00"));
        assertThat(c.result(ComparedLine::budget)).isEqualTo(Money.euros("55500.00"));
        assertThat(c.result(ComparedLine::actual)).isEqualTo(Money.euros("97000.00"));
        assertThat(c.result(ComparedLine::forecast)).isEqualTo(Money.euros("55500.00"));
        assertThat(c.lines().get(0).difference()).isEqualTo(Money.euros("-3500.00"));
    }

    @Test
    void actualsOnALineThisVersionLacksAreNotLeftOut() {
        Comparison c = Comparison.of(M50,
                Map.of("EVENTS", new BudgetLine("EVENTS", "Bijeenkomsten", LineKind.EXPENSE, Money.euros("8000.00"))),
                Map.of("EVENTS", Money.euros("1200.00"), "UNKNOWN", Money.euros("1.00")), Map.of());
        assertThat(c.lines()).extracting(ComparedLine::code).containsExactly("CONTRIBUTIONS", "PLATFORM31", "LOBBY", "EVENTS", "UNKNOWN");
        ComparedLine events = c.lines().get(3);
        assertThat(events.name()).isEqualTo("Bijeenkomsten");
        assertThat(events.budget()).isEqualTo(Money.ZERO);
        assertThat(events.forecast()).isEqualTo(Money.euros("1200.00"));
        assertThat(c.total(LineKind.EXPENSE, ComparedLine::actual)).isEqualTo(Money.euros("1201.00"));
    }

    @Test
    void contributionsWithoutAContributionsLineAreIncome() {
        Comparison c = Comparison.of(new BudgetLines(List.of()), Map.of(),
                Map.of("CONTRIBUTIONS", Money.euros("3500.00")), Map.of());
        assertThat(c.of(LineKind.INCOME)).singleElement().satisfies(l -> {
            assertThat(l.code()).isEqualTo("CONTRIBUTIONS");
            assertThat(l.actual()).isEqualTo(Money.euros("3500.00"));
        });
    }
}
