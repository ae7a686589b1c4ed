package nl.municipalnetworks.events.decision;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.contracts.meeting.DecisionRecorded;
import nl.municipalnetworks.events.access.EventsAccess;
import nl.municipalnetworks.events.api.Times;
import nl.municipalnetworks.events.decision.DecisionDtos.AccountsReference;
import nl.municipalnetworks.events.decision.DecisionDtos.BudgetReference;
import nl.municipalnetworks.events.decision.DecisionDtos.DecisionData;
import nl.municipalnetworks.events.decision.DecisionDtos.DecisionView;
import nl.municipalnetworks.events.event.EventEntity;
import nl.municipalnetworks.events.event.EventRepository;

import java.util.List;
import java.util.UUID;

/**
 * The decisions of a general assembly: recorded by the secretariat of its host network and announced as
 * decision-recorded (finance-service adopts the budget a BUDGET_ADOPTED decision names), read by whoever may read
 * the event.
 */
@ApplicationScoped
public class DecisionService {

    private final EventRepository events;
    private final DecisionRepository decisions;
    private final Outbox outbox;

    DecisionService(EventRepository events, DecisionRepository decisions, Outbox outbox) {
        this.events = events;
        this.decisions = decisions;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<DecisionView> record(Caller caller, UUID eventId, DecisionData request) {
        return events.getExisting(eventId).flatMap(event -> {
            EventsAccess.requireMayRecordDecisions(caller, event.scope());
            DecisionEntity decision = new DecisionEntity();
            decision.id = UUID.randomUUID();
            decision.eventId = event.id;
            decision.kind = request.kind();
            decision.decidedOn = DecisionRules.check(event.kind, event.status, event.networkList(), Times.dutch(event.startsAt).toLocalDate(),
                    request, DutchTime.today());
            decision.text = request.text().strip();
            if (request.budget() != null) {
                decision.budgetNetwork = request.budget().network();
                decision.budgetYear = request.budget().year();
                decision.budgetId = request.budget().budgetId();
            }
            if (request.accounts() != null) {
                decision.accountsNetwork = request.accounts().network();
                decision.accountsYear = request.accounts().year();
            }
            decision.decidedBy = request.decidedBy().strip();
            decision.recordedBy = caller.username();
            decision.recordedAt = Times.now();
            return decisions.persist(decision)
                    .call(saved -> outbox.record(recorded(event, saved)))
                    .map(DecisionService::view);
        });
    }

    @WithSession
    public Uni<List<DecisionView>> list(Caller caller, UUID eventId) {
        return events.getExisting(eventId).invoke(event -> EventsAccess.requireMayRead(caller, event.scope()))
                .flatMap(event -> decisions.ofEvent(event.id))
                .map(found -> found.stream().map(DecisionService::view).toList());
    }

    static DecisionRecorded recorded(EventEntity event, DecisionEntity decision) {
        DecisionRecorded.BudgetReference budget = decision.budgetNetwork == null ? null
                : new DecisionRecorded.BudgetReference(decision.budgetNetwork, decision.budgetYear, decision.budgetId);
        DecisionRecorded.AccountsReference accounts = decision.accountsNetwork == null ? null
                : new DecisionRecorded.AccountsReference(decision.accountsNetwork, decision.accountsYear);
        return new DecisionRecorded(event.id, event.networkList(), decision.id, decision.kind.name(), decision.text,
                budget, event.title, decision.decidedOn, decision.decidedBy, accounts);
    }

    static DecisionView view(DecisionEntity decision) {
        BudgetReference budget = decision.budgetNetwork == null ? null
                : new BudgetReference(decision.budgetNetwork, decision.budgetYear, decision.budgetId);
        AccountsReference accounts = decision.accountsNetwork == null ? null
                : new AccountsReference(decision.accountsNetwork, decision.accountsYear);
        return new DecisionView(decision.id, decision.eventId, decision.kind, decision.text, budget, accounts, decision.decidedOn,
                decision.decidedBy, decision.recordedBy, Times.dutch(decision.recordedAt));
    }
}
