package nl.municipalnetworks.contracts.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The secretariat recorded a decision of a general assembly ("Begroting 2026 vastgesteld"). For a budget's adoption
 * it names the budget finance-service adopts: the network and year (its proposed version), and, when the secretariat
 * knew it, the budget version's id. For the annual accounts' adoption it names whose accounts of which year
 * ({@code accounts}, added to v1 later: null in older events).
 *
 * @param kind        BUDGET_ADOPTED, ANNUAL_ACCOUNTS_ADOPTED or OTHER
 * @param budget      for BUDGET_ADOPTED: which budget; null otherwise
 * @param meetingTitle the general assembly's title ("ALV najaar 2025")
 * @param decidedOn   the day it was decided (the meeting's day unless recorded otherwise)
 * @param decidedBy   who decided, as the minutes say ("Algemene ledenvergadering")
 * @param accounts    for ANNUAL_ACCOUNTS_ADOPTED: which accounts; null otherwise
 */
public record DecisionRecorded(UUID eventId, List<String> networks, UUID decisionId, String kind, String text,
                               BudgetReference budget, String meetingTitle, LocalDate decidedOn, String decidedBy,
                               AccountsReference accounts)
        implements MeetingEvent {
    public static final String TYPE = "nl.municipalnetworks.events.decision-recorded.v1";

    public static final String BUDGET_ADOPTED = "BUDGET_ADOPTED";
    public static final String ANNUAL_ACCOUNTS_ADOPTED = "ANNUAL_ACCOUNTS_ADOPTED";

    /** A network's budget for a year; {@code budgetId} (finance-service's budget version) may be left out. */
    public record BudgetReference(String network, int year, UUID budgetId) {
    }

    /** A network's annual accounts (jaarrekening) of a year. */
    public record AccountsReference(String network, int year) {
    }

    @Override
    public String type() {
        return TYPE;
    }
}
