package nl.municipalnetworks.finance.budget;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.outbox.Outbox;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.finance.budget.BudgetDtos.BudgetView;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The one way a budget becomes adopted: a general assembly decided it. Today the treasurer records the decision by
 * hand ({@code POST /v1/budgets/{id}/adoption}); once events-service publishes the general assembly's decisions, its
 * consumer calls {@link #adopt} with the decision the event reports, so both ways take the same steps: the proposed
 * version becomes ADOPTED with the meeting and who decided, the version it amends becomes SUPERSEDED, and
 * budget-adopted is recorded in the outbox.
 *
 * <p>It runs in the caller's transaction and checks no access: the API's service has checked the treasurer, a
 * consumer will have checked the event's source, and its processed-event row commits together with the adoption.
 */
@ApplicationScoped
public class BudgetAdoption {

    /**
     * What a general assembly decided.
     *
     * @param recordedBy who records it here: the treasurer's user name, or the event that reported it
     */
    public record Decision(String meetingName, LocalDate meetingDate, String decidedBy, String recordedBy) {
    }

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final Outbox outbox;

    BudgetAdoption(BudgetRepository budgets, BudgetLineRepository lines, Outbox outbox) {
        this.budgets = budgets;
        this.lines = lines;
        this.outbox = outbox;
    }

    /**
     * Adopts the proposed version {@code budgetId}: a 409 when it is not proposed (a draft is proposed first; an
     * adopted one is amended), a 400 for a meeting in the future.
     */
    public Uni<BudgetView> adopt(UUID budgetId, Decision decision) {
        if (decision.meetingDate().isAfter(DutchTime.today())) {
            throw ProblemException.invalid("meetingDate", "must not be in the future: a budget is adopted at a meeting that was held");
        }
        return budgets.getForUpdate(budgetId).flatMap(budget -> {
            if (!budget.status.canMoveTo(BudgetStatus.ADOPTED)) {
                BudgetService.move(budget, BudgetStatus.ADOPTED); // the 409 that says why
            }
            // the version it amends leaves ADOPTED first: one adopted version per network and year
            Uni<Void> supersede = budget.amendsBudgetId == null ? Uni.createFrom().voidItem()
                    : budgets.getForUpdate(budget.amendsBudgetId).invoke(earlier -> {
                        BudgetService.move(earlier, BudgetStatus.SUPERSEDED);
                        earlier.supersededByBudgetId = budget.id;
                    }).flatMap(earlier -> budgets.flush());
            return supersede.flatMap(ignored -> {
                BudgetService.move(budget, BudgetStatus.ADOPTED);
                budget.meetingName = decision.meetingName();
                budget.meetingDate = decision.meetingDate();
                budget.decidedBy = decision.decidedBy();
                budget.adoptionRecordedBy = decision.recordedBy();
                return lines.of(budget.id);
            }).call(found -> outbox.record(BudgetMapper.adopted(budget, found)))
                    .map(found -> BudgetMapper.view(budget, found));
        });
    }
}
