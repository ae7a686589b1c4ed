package nl.municipalnetworks.finance.overdue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static nl.municipalnetworks.finance.overdue.ReminderStep.FIRST_REMINDER;
import static nl.municipalnetworks.finance.overdue.ReminderStep.REFERRED_TO_BOARD;
import static nl.municipalnetworks.finance.overdue.ReminderStep.SECOND_REMINDER;
import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {

    /** Deventer's invoice of 7 December 2026, due 30 days later. */
    private static final LocalDate DUE = LocalDate.of(2027, 1, 6);

    @Test
    void overdueFromTheDayAfterTheDueDate() {
        assertThat(ReminderSchedule.isOverdue(DUE, DUE)).isFalse();
        assertThat(ReminderSchedule.isOverdue(DUE, DUE.plusDays(1))).isTrue();
        assertThat(ReminderSchedule.daysOverdue(DUE, DUE.minusDays(3))).isZero();
        assertThat(ReminderSchedule.daysOverdue(DUE, LocalDate.of(2027, 2, 5))).isEqualTo(30);
    }

    @Test
    void firstReminderAfter14DaysSecondAfter28ThenTheBoardAfter42() {
        Set<ReminderStep> none = EnumSet.noneOf(ReminderStep.class);
        assertThat(ReminderSchedule.dueNow(DUE, none, DUE.plusDays(13))).isEmpty();
        assertThat(ReminderSchedule.dueNow(DUE, none, DUE.plusDays(14))).contains(FIRST_REMINDER);
        // a late first reminder is due at once, and the second does not wait for it
        assertThat(ReminderSchedule.dueNow(DUE, none, DUE.plusDays(40))).contains(FIRST_REMINDER);
        assertThat(ReminderSchedule.dueNow(DUE, EnumSet.of(FIRST_REMINDER), DUE.plusDays(27))).isEmpty();
        assertThat(ReminderSchedule.dueNow(DUE, EnumSet.of(FIRST_REMINDER), DUE.plusDays(28))).contains(SECOND_REMINDER);
        assertThat(ReminderSchedule.dueNow(DUE, EnumSet.of(FIRST_REMINDER, SECOND_REMINDER), DUE.plusDays(41))).isEmpty();
        assertThat(ReminderSchedule.dueNow(DUE, EnumSet.of(FIRST_REMINDER, SECOND_REMINDER), DUE.plusDays(42)))
                .contains(REFERRED_TO_BOARD);
        assertThat(ReminderSchedule.dueNow(DUE, EnumSet.allOf(ReminderStep.class), DUE.plusDays(400))).isEmpty();
    }

    @Test
    void stepsAreRecordedInOrderOnceAndNotBeforeTheirDay() {
        assertThat(ReminderSchedule.refusal(FIRST_REMINDER, DUE, Set.of(), DUE.plusDays(14))).isEmpty();
        assertThat(ReminderSchedule.refusal(FIRST_REMINDER, DUE, Set.of(), DUE.plusDays(13)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("due from 2027-01-20").contains("14 days"));
        assertThat(ReminderSchedule.refusal(SECOND_REMINDER, DUE, Set.of(), DUE.plusDays(30)))
                .isEqualTo(Optional.of("The first reminder comes first"));
        assertThat(ReminderSchedule.refusal(FIRST_REMINDER, DUE, Set.of(FIRST_REMINDER), DUE.plusDays(30)))
                .isEqualTo(Optional.of("The first reminder was already recorded"));
        assertThat(ReminderSchedule.refusal(REFERRED_TO_BOARD, DUE, Set.of(FIRST_REMINDER, SECOND_REMINDER), DUE.plusDays(42))).isEmpty();
    }
}
