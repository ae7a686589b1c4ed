package nl.municipalnetworks.finance.accounts;

import nl.municipalnetworks.contracts.finance.AnnualAccountsAdopted;
import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionView;
import nl.municipalnetworks.finance.accounts.AccountsDtos.MeetingView;

/** Between the stored adoption, the rules, the API's records and the event. */
public final class AccountsMapper {

    private AccountsMapper() {
    }

    public static AdoptionView view(AccountsAdoptionEntity a) {
        return new AdoptionView(a.id, a.network, a.year, a.adoptedOn, new MeetingView(a.meetingEventId, a.meetingTitle),
                a.decisionId, a.decidedBy, a.recordedBy, a.recordedAt);
    }

    public static ClosedYear closedYear(AccountsAdoptionEntity a) {
        return new ClosedYear(a.network, a.year, a.adoptedOn, a.meetingTitle);
    }

    static AccountsAdoptionRules.Recorded recorded(AccountsAdoptionEntity a) {
        return new AccountsAdoptionRules.Recorded(a.network, a.year, a.decisionId, a.adoptedOn, a.meetingTitle);
    }

    static AnnualAccountsAdopted adopted(AccountsAdoptionEntity a) {
        return new AnnualAccountsAdopted(a.id, a.network, a.year, a.adoptedOn, a.meetingEventId, a.meetingTitle,
                a.decisionId, a.decidedBy);
    }
}
