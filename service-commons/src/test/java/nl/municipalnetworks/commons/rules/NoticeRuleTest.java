package nl.municipalnetworks.commons.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static nl.municipalnetworks.commons.rules.NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY;
import static org.assertj.core.api.Assertions.assertThat;

class NoticeRuleTest {

    @Test
    void noticeBeforeTheFirstOfSeptemberEndsOnTheLastDayOfThatYear() {
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.takesEffect(LocalDate.of(2026, 5, 10))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2026, 5, 10))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void noticeOnOrAfterTheFirstOfSeptemberRunsAYearLonger() {
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void neverRunsLongerThanTheTerm() {
        // The G40 agreement runs 2023-03-01 to 2027-12-31 and ends by law; late notice in 2027 changes nothing.
        LocalDate endOfTerm = LocalDate.of(2027, 12, 31);
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2027, 10, 1), endOfTerm)).isEqualTo(endOfTerm);
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.lastDay(LocalDate.of(2025, 3, 1), endOfTerm)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void otherDeadlinesWork() {
        NoticeRule rule = new NoticeRule(MonthDay.of(3, 1), MonthDay.of(7, 1));
        assertThat(rule.lastDay(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(rule.lastDay(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void describesItselfInWords() {
        assertThat(BEFORE_SEPTEMBER_FROM_JANUARY.describe())
                .startsWith("notice received before 1 September takes effect on 1 January of the next year");
    }
}
