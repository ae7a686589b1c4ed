package nl.municipalnetworks.finance.meetingdecision;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which accounts a general assembly's ANNUAL_ACCOUNTS_ADOPTED decision adopted: read, never guessed. */
class AccountsDecisionTest {

    private static final LocalDate SPRING_2025 = LocalDate.of(2025, 5, 15);

    @Test
    void theYearTheMinutesNameAtTheMeetingsNetwork() {
        assertThat(AccountsDecision.of(List.of("M50"), "Jaarrekening 2024 vastgesteld", SPRING_2025))
                .isEqualTo(new AccountsDecision.Accounts("M50", 2024));
        // a late adoption of an older year
        assertThat(AccountsDecision.of(List.of("M50"), "Jaarrekening 2022 alsnog vastgesteld", SPRING_2025).year()).isEqualTo(2022);
    }

    @Test
    void yearsThatHadNotEndedAreNotAccountsAdoptedThatDay() {
        assertThat(AccountsDecision.of(List.of("M50"), "Jaarrekening 2024 en begroting 2026 vastgesteld", SPRING_2025).year())
                .isEqualTo(2024);
        assertThat(AccountsDecision.of(List.of("M50"), "ALV 2025: jaarrekening 2024 vastgesteld", SPRING_2025).year())
                .isEqualTo(2024);
        // digits that are no year of their own
        assertThat(AccountsDecision.of(List.of("M50"), "Jaarrekening 2024 vastgesteld, resultaat EUR 120240", SPRING_2025).year())
                .isEqualTo(2024);
    }

    @Test
    void withoutAYearTheFirstAssemblyOfAYearAdoptsTheYearBefore() {
        assertThat(AccountsDecision.of(List.of("G40"), "Jaarrekening vastgesteld", SPRING_2025))
                .isEqualTo(new AccountsDecision.Accounts("G40", 2024));
    }

    @Test
    void aTextThatNamesNoEndedYearOrSeveralIsUnclear() {
        assertThatThrownBy(() -> AccountsDecision.of(List.of("M50"), "Jaarrekening 2025 vastgesteld", SPRING_2025))
                .isInstanceOf(AccountsDecision.Unclear.class).hasMessageContaining("no year that had ended by 2025-05-15");
        assertThatThrownBy(() -> AccountsDecision.of(List.of("M50"), "Jaarrekeningen 2023 en 2024 vastgesteld", SPRING_2025))
                .isInstanceOf(AccountsDecision.Unclear.class).hasMessageContaining("several years that had ended ([2023, 2024])");
    }

    @Test
    void aMeetingOfSeveralNetworksOrNoneIsUnclear() {
        assertThatThrownBy(() -> AccountsDecision.of(List.of("M50", "G40"), "Jaarrekening 2024 vastgesteld", SPRING_2025))
                .isInstanceOf(AccountsDecision.Unclear.class).hasMessageContaining("several networks (M50, G40)");
        assertThatThrownBy(() -> AccountsDecision.of(List.of(), "Jaarrekening 2024 vastgesteld", SPRING_2025))
                .isInstanceOf(AccountsDecision.Unclear.class).hasMessageContaining("no network");
    }
}
