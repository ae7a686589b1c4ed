package nl.municipalnetworks.finance.accounts;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.finance.access.FinanceAccess;
import nl.municipalnetworks.finance.accounts.AccountsDtos.AdoptionData;

import java.util.UUID;

/** The treasurer records by hand that the general assembly adopted the annual accounts of a year. */
@ApplicationScoped
public class AccountsAdoptionService {

    private final AccountsAdoption adoption;

    AccountsAdoptionService(AccountsAdoption adoption) {
        this.adoption = adoption;
    }

    @WithTransaction
    public Uni<AccountsAdoption.Adopted> adopt(Caller caller, String network, int year, AdoptionData request) {
        FinanceAccess.requireMayManage(caller, network);
        UUID decisionId = request.decisionId() != null ? request.decisionId() : UUID.randomUUID();
        return adoption.adopt(network, year, new AccountsAdoption.Decision(decisionId, request.meetingDate(),
                request.meetingEventId(), request.meetingTitle().strip(), request.decidedBy().strip(), caller.username()));
    }
}
