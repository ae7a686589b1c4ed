package nl.municipalnetworks.finance.meetingdecision;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.inbox.EventConsumer;
import nl.municipalnetworks.commons.inbox.EventHandlers;
import nl.municipalnetworks.commons.inbox.UnprocessableEvent;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.contracts.meeting.DecisionRecorded;
import nl.municipalnetworks.finance.accounts.AccountsAdoption;
import nl.municipalnetworks.finance.budget.BudgetAdoption;
import nl.municipalnetworks.finance.budget.BudgetEntity;
import nl.municipalnetworks.finance.budget.BudgetRepository;
import nl.municipalnetworks.finance.budget.BudgetStatus;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;

/**
 * Applies the decisions of a network's general assembly that events-service reports (decision-recorded):
 * <ul>
 *   <li>BUDGET_ADOPTED adopts the network and year's PROPOSED budget version (or the version the decision names)
 *       through {@link BudgetAdoption#adopt}, the same steps as the treasurer's manual adoption, with the meeting's
 *       title, day and who decided;</li>
 *   <li>ANNUAL_ACCOUNTS_ADOPTED records the adoption of the annual accounts the decision names (network and year)
 *       through {@link AccountsAdoption#adopt}, the same steps as the treasurer's manual record, which closes that
 *       year's books; keyed by the decision id, so the same decision sent again records nothing new;</li>
 *   <li>OTHER decisions are not finance-service's business.</li>
 * </ul>
 * Runs once per event (service-commons {@link EventConsumer}'s processed-event log, in the adoption's transaction),
 * so a redelivery adopts nothing twice and publishes budget-adopted or annual-accounts-adopted once.
 *
 * <p>A decision finance-service cannot apply is not retried: retrying cannot change it. It goes to the dead-letter
 * topic with the reason, where the treasurer can see it and record the adoption by hand: a budget without a proposed
 * version (not proposed yet, or already adopted by hand; a named version of another network or year), a decision that
 * names no accounts (recorded before events-service named them), accounts of a year already adopted by another
 * decision.
 */
@ApplicationScoped
public class MeetingDecisionsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;
    private final BudgetRepository budgets;
    private final BudgetAdoption adoption;
    private final AccountsAdoption accounts;

    MeetingDecisionsConsumer(EventConsumer consumer, BudgetRepository budgets, BudgetAdoption adoption,
                             AccountsAdoption accounts) {
        this.consumer = consumer;
        this.budgets = budgets;
        this.adoption = adoption;
        this.accounts = accounts;
        this.handlers = new EventHandlers("finance-service/meeting-events")
                .on(DecisionRecorded.TYPE, DecisionRecorded.class, this::decisionRecorded);
    }

    @Incoming("meeting-events")
    public Uni<Void> onMeetingEvent(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    Uni<Void> decisionRecorded(DecisionRecorded event) {
        if (DecisionRecorded.BUDGET_ADOPTED.equals(event.kind())) {
            return budgetAdopted(event);
        }
        if (DecisionRecorded.ANNUAL_ACCOUNTS_ADOPTED.equals(event.kind())) {
            return accountsAdopted(event);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> accountsAdopted(DecisionRecorded event) {
        DecisionRecorded.AccountsReference which = event.accounts();
        if (which == null || which.network() == null) {
            // decision-recorded named no accounts before events-service added them: not guessed from the text
            throw new UnprocessableEvent("decision " + event.decisionId() + " of " + event.meetingTitle() + " ('"
                    + event.text() + "') adopts annual accounts but names none: record the adoption by hand");
        }
        String what = "the annual accounts of " + which.network() + " for " + which.year();
        return accounts.adopt(which.network(), which.year(), new AccountsAdoption.Decision(event.decisionId(),
                        event.decidedOn(), event.eventId(), event.meetingTitle(), event.decidedBy(),
                        "events-service decision " + event.decisionId()))
                .onFailure(ProblemException.class).transform(problem -> new UnprocessableEvent(
                        "decision " + event.decisionId() + " of " + event.meetingTitle() + " cannot adopt " + what + ": "
                                + problem.getMessage(), problem))
                .replaceWithVoid();
    }

    private Uni<Void> budgetAdopted(DecisionRecorded event) {
        DecisionRecorded.BudgetReference reference = event.budget();
        if (reference == null || reference.network() == null) {
            throw new UnprocessableEvent("decision " + event.decisionId() + " adopts a budget but names none");
        }
        String which = "the budget of " + reference.network() + " for " + reference.year();
        BudgetAdoption.Decision decision = new BudgetAdoption.Decision(event.meetingTitle(), event.decidedOn(),
                event.decidedBy(), "events-service decision " + event.decisionId());
        return budgets.versions(reference.network(), reference.year())
                .map(versions -> proposed(versions, reference, which, event))
                .flatMap(budget -> adoption.adopt(budget.id, decision))
                .onFailure(ProblemException.class).transform(problem -> new UnprocessableEvent(
                        "decision " + event.decisionId() + " cannot adopt " + which + ": " + problem.getMessage(), problem))
                .replaceWithVoid();
    }

    private static BudgetEntity proposed(List<BudgetEntity> versions, DecisionRecorded.BudgetReference reference,
                                         String which, DecisionRecorded event) {
        List<BudgetEntity> candidates = versions.stream()
                .filter(v -> v.status == BudgetStatus.PROPOSED)
                .filter(v -> reference.budgetId() == null || reference.budgetId().equals(v.id))
                .toList();
        if (candidates.isEmpty()) {
            throw new UnprocessableEvent("decision " + event.decisionId() + " of " + event.meetingTitle() + " adopts "
                    + which + (reference.budgetId() != null ? " (version " + reference.budgetId() + ")" : "")
                    + ", but no such version is PROPOSED: propose it and adopt it by hand");
        }
        return candidates.get(0);
    }
}
