package nl.municipalnetworks.contracts.finance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A general assembly adopted ("vastgesteld") a network's annual accounts (jaarrekening) of a year: from now on the
 * books of that year are closed in finance-service. Once per network and year. Keyed by the adoption's id, as
 * budget-adopted is keyed by the budget it adopted.
 *
 * @param adoptionId     finance-service's record of the adoption
 * @param adoptedOn      the day of the meeting (Europe/Amsterdam)
 * @param meetingEventId events-service's event of the general assembly; null when the treasurer recorded the
 *                       adoption by hand without naming one
 * @param meetingTitle   the general assembly ("ALV voorjaar 2025")
 * @param decisionId     the decision: events-service's decision id, or the one the treasurer's request gave or got
 * @param decidedBy      who decided, as the minutes say ("Algemene ledenvergadering")
 */
public record AnnualAccountsAdopted(UUID adoptionId, String network, int year, LocalDate adoptedOn, UUID meetingEventId,
                                   String meetingTitle, UUID decisionId, String decidedBy) implements FinanceEvent {
    public static final String TYPE = "nl.municipalnetworks.finance.annual-accounts-adopted.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return adoptionId.toString();
    }
}
