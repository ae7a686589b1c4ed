package nl.municipalnetworks.pillar.lobby;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The rules of lobby items, in plain Java. */
public final class LobbyRules {

    public static final int MAX_WEEKS_AHEAD = 52;

    private LobbyRules() {
    }

    /** A position paper serves a moment in The Hague, so it cannot do without a deadline. */
    public static void requireDeadlineWhereNeeded(LobbyItemKind kind, LocalDate deadline) {
        if (kind == LobbyItemKind.POSITION_PAPER && deadline == null) {
            throw ProblemException.invalid("deadline", "a position paper needs a deadline");
        }
    }

    /**
     * What is due: open items whose deadline falls before the end of the coming {@code weeks} (today counts as the
     * first day), overdue ones included, earliest deadline first.
     */
    public static List<LobbyItem> due(List<LobbyItem> items, LocalDate today, int weeks) {
        LocalDate until = today.plusWeeks(weeks);
        return items.stream()
                .filter(item -> item.status.isOpen() && item.deadline != null && item.deadline.isBefore(until))
                .sorted(Comparator.comparing((LobbyItem item) -> item.deadline).thenComparing(item -> item.title))
                .toList();
    }
}
