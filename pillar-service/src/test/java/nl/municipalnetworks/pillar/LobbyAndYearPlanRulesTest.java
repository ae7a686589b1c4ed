package nl.municipalnetworks.pillar;

import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.pillar.lobby.LobbyItem;
import nl.municipalnetworks.pillar.lobby.LobbyItemKind;
import nl.municipalnetworks.pillar.lobby.LobbyRules;
import nl.municipalnetworks.pillar.lobby.LobbyStatus;
import nl.municipalnetworks.pillar.yearplan.YearPlanRules;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lobby and year-plan rules in plain Java. */
class LobbyAndYearPlanRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aPositionPaperNeedsADeadlineOtherItemsDoNot() {
        assertThatThrownBy(() -> LobbyRules.requireDeadlineWhereNeeded(LobbyItemKind.POSITION_PAPER, null))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().invalidParams()).extracting("name").containsExactly("deadline"));
        assertThatCode(() -> LobbyRules.requireDeadlineWhereNeeded(LobbyItemKind.LINE, null)).doesNotThrowAnyException();
        assertThatCode(() -> LobbyRules.requireDeadlineWhereNeeded(LobbyItemKind.POSITION_PAPER, MONDAY))
                .doesNotThrowAnyException();
    }

    @Test
    void theDueListHoldsOpenItemsUpToTheLastDayOfTheWindowOverdueFirst() {
        LobbyItem overdue = item("Overdue brief", MONDAY.minusDays(3), LobbyStatus.IN_PROGRESS);
        LobbyItem today = item("Due today", MONDAY, LobbyStatus.PLANNED);
        LobbyItem lastDay = item("Last day of four weeks", MONDAY.plusWeeks(4).minusDays(1), LobbyStatus.PLANNED);
        LobbyItem justOutside = item("Day after the window", MONDAY.plusWeeks(4), LobbyStatus.PLANNED);
        LobbyItem sent = item("Already sent", MONDAY.plusDays(2), LobbyStatus.SUBMITTED);
        LobbyItem dropped = item("Dropped", MONDAY.plusDays(2), LobbyStatus.DROPPED);
        LobbyItem noDeadline = item("A lobby line", null, LobbyStatus.IN_PROGRESS);

        List<LobbyItem> due = LobbyRules.due(List.of(justOutside, sent, lastDay, noDeadline, today, dropped, overdue), MONDAY, 4);

        assertThat(due).containsExactly(overdue, today, lastDay);
    }

    @Test
    void aYearPlanIsForAYearInWhichThePillarRuns() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);
        assertThatCode(() -> YearPlanRules.requirePillarRunsIn(2019, from, to)).doesNotThrowAnyException();
        assertThatCode(() -> YearPlanRules.requirePillarRunsIn(2022, from, to)).doesNotThrowAnyException();
        assertThatThrownBy(() -> YearPlanRules.requirePillarRunsIn(2023, from, to)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("does not run in 2023");
        assertThatThrownBy(() -> YearPlanRules.requirePillarRunsIn(2018, from, null)).isInstanceOf(ProblemException.class);
        assertThatCode(() -> YearPlanRules.requirePillarRunsIn(2030, from, null)).doesNotThrowAnyException();
    }

    @Test
    void goalsAreEvaluatedInTheirYearOrTheNextAndNotAheadOfTime() {
        LocalDate today = LocalDate.of(2026, 1, 15);
        assertThatCode(() -> YearPlanRules.requireEvaluationDate(2025, LocalDate.of(2025, 7, 8), today)).doesNotThrowAnyException();
        assertThatCode(() -> YearPlanRules.requireEvaluationDate(2025, LocalDate.of(2026, 1, 15), today)).doesNotThrowAnyException();
        assertThatThrownBy(() -> YearPlanRules.requireEvaluationDate(2025, LocalDate.of(2024, 12, 31), today))
                .hasMessageContaining("must be in 2025 or 2026");
        assertThatThrownBy(() -> YearPlanRules.requireEvaluationDate(2026, LocalDate.of(2026, 1, 16), today))
                .hasMessageContaining("must not be after today");
    }

    @Test
    void todayIsTheDutchCalendarDayEvenWhenUtcIsStillOnYesterday() {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam (CET, UTC+1).
        Clock lateUtc = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(DutchTime.today(lateUtc)).isEqualTo(LocalDate.of(2026, 1, 1));
        // In summer (CEST, UTC+2) the day turns at 22:00 UTC.
        Clock summer = Clock.fixed(Instant.parse("2026-07-07T22:15:00Z"), ZoneOffset.UTC);
        assertThat(DutchTime.today(summer)).isEqualTo(LocalDate.of(2026, 7, 8));
    }

    private static LobbyItem item(String title, LocalDate deadline, LobbyStatus status) {
        LobbyItem item = new LobbyItem();
        item.title = title;
        item.deadline = deadline;
        item.status = status;
        item.kind = LobbyItemKind.POSITION_PAPER;
        return item;
    }
}
