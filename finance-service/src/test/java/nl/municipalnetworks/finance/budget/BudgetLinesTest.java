package nl.municipalnetworks.finance.budget;

import nl.municipalnetworks.finance.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetLinesTest {

    private static BudgetLine line(String code, LineKind kind, String amount) {
        return BudgetLine.of(code, code.toLowerCase(), kind, new BigDecimal(amount));
    }

    @Test
    void totalsAndResultOfM50sBudget() {
        BudgetLines lines = new BudgetLines(List.of(
                line("CONTRIBUTIONS", LineKind.INCOME, "150500.00"),
                line("PLATFORM31", LineKind.EXPENSE, "50000.00"),
                line("LOBBY", LineKind.EXPENSE, "45000.00"),
                line("CONTINGENCIES", LineKind.EXPENSE, "60500.01")));
        assertThat(lines.totalIncome()).isEqualTo(Money.euros("150500.00"));
        assertThat(lines.totalExpenses()).isEqualTo(Money.euros("155500.01"));
        assertThat(lines.result()).isEqualTo(Money.euros("-5000.01"));
        assertThat(lines.line("LOBBY")).map(BudgetLine::amount).contains(Money.euros("45000.00"));
        assertThat(new BudgetLines(List.of()).result()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCodeAppearsOnceNamingTheLaterLine() {
        assertThatThrownBy(() -> new BudgetLines(List.of(line("LOBBY", LineKind.EXPENSE, "1.00"),
                line("PLATFORM31", LineKind.EXPENSE, "1.00"), line("LOBBY", LineKind.EXPENSE, "2.00"))))
                .isInstanceOfSatisfying(BudgetLines.DuplicateCode.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("LOBBY", "line 0");
                });
    }

    @Test
    void aLineIsRefusedByTheFieldThatIsWrong() {
        assertThatThrownBy(() -> line("platform31", LineKind.EXPENSE, "1.00"))
                .isInstanceOfSatisfying(BudgetLine.Invalid.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> line("PLATFORM31", LineKind.EXPENSE, "-0.01"))
                .isInstanceOfSatisfying(BudgetLine.Invalid.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> line("PLATFORM31", LineKind.EXPENSE, "0.001"))
                .isInstanceOfSatisfying(BudgetLine.Invalid.class, e -> assertThat(e.getMessage()).contains("two decimals"));
        assertThatThrownBy(() -> line("PLATFORM31", LineKind.EXPENSE, "100000000.00"))
                .isInstanceOfSatisfying(BudgetLine.Invalid.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> BudgetLine.of("LOBBY", " ", LineKind.EXPENSE, BigDecimal.ONE))
                .isInstanceOfSatisfying(BudgetLine.Invalid.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> BudgetLine.of("LOBBY", "Lobby", null, BigDecimal.ONE))
                .isInstanceOfSatisfying(BudgetLine.Invalid.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(line("ONVOORZIEN", LineKind.EXPENSE, "0").amount()).isEqualTo(Money.ZERO);
    }
}
