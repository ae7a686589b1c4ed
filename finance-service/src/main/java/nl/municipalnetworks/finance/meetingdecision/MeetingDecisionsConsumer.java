package nl.municipalnetworks.finance.meetingdecision;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.inbox.EventConsumer;
import nl.municipalnetworks.commons.inbox.EventHandlers;
import nl.municipalnetworks.commons.inbox.UnprocessableEvent;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.contracts.meeting.DecisionRecorded;
import nl.municipalnetworks.finance.budget.BudgetAdoption;
import nl.municipalnetworks.finance.budget.BudgetEntity;
import nl.municipalnetworks.finance.budget.BudgetRepository;
import nl.municipalnetworks.finance.budget.BudgetStatus;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.List;

/**
 * Adopts a network's budget when events-service reports that its general assembly decided so (decision-recorded,
 * kind BUDGET_ADOPTED): the network and year's PROPOSED version (or the version the decision names) goes through
 * {@link BudgetAdoption#adopt}, the same steps as the treasurer's manual adoption, with the meeting's title, day and
 * who decided. Runs once per event (service-commons {@link EventConsumer}'s processed-event log, in the adoption's
 * transaction), so a redelivery adopts nothing twice and publishes budget-adopted once.
 *
 * <p>A decision finance-service cannot apply (no proposed version: not proposed yet, or already adopted by hand; a
 * named version of another network or year) is not retried: retrying cannot make a proposal appear. It goes to the
 * dead-letter topic with the reason, where the treasurer can see it and adopt by hand. ANNUAL_ACCOUNTS_ADOPTED and
 * OTHER decisions are ignored for now (the annual accounts have no adoption step here yet).
 */
@ApplicationScoped
public class MeetingDecisionsConsumer {

    private final EventConsumer consumer;
    private final EventHandlers handlers;
    private final BudgetRepository budgets;
    private final BudgetAdoption adoption;

    MeetingDecisionsConsumer(EventConsumer consumer, BudgetRepository budgets, BudgetAdoption adoption) {
        this.consumer = consumer;
        this.budgets = budgets;
        this.adoption = adoption;
        this.handlers = new EventHandlers("finance-service/meeting-events")
                .on(DecisionRecorded.TYPE, DecisionRecorded.class, this::decisionRecorded);
    }

    @Incoming("meeting-events")
    public Uni<Void> onMeetingEvent(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    Uni<Void> decisionRecorded(DecisionRecorded event) {
        if (!DecisionRecorded.BUDGET_ADOPTED.equals(event.kind())) {
            return Uni.createFrom().voidItem();
        }
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
