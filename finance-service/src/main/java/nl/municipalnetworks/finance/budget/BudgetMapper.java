package nl.municipalnetworks.finance.budget;

import nl.municipalnetworks.contracts.finance.BudgetAdopted;
import nl.municipalnetworks.finance.budget.BudgetDtos.AdoptionView;
import nl.municipalnetworks.finance.budget.BudgetDtos.BudgetView;
import nl.municipalnetworks.finance.budget.BudgetDtos.LineView;
import nl.municipalnetworks.finance.money.Money;

import java.util.List;

/** Between the stored budget, the domain's {@link BudgetLines}, the API's records and the event. */
public final class BudgetMapper {

    private BudgetMapper() {
    }

    public static BudgetLines lines(List<BudgetLineEntity> stored) {
        return new BudgetLines(stored.stream()
                .map(l -> new BudgetLine(l.code, l.name, l.kind, new Money(l.amount))).toList());
    }

    public static BudgetView view(BudgetEntity b, List<BudgetLineEntity> stored) {
        BudgetLines lines = lines(stored);
        AdoptionView adoption = b.meetingDate == null ? null
                : new AdoptionView(b.meetingName, b.meetingDate, b.decidedBy, b.adoptionRecordedBy);
        return new BudgetView(b.id, b.network, b.year, b.version, b.status, b.amendsBudgetId, b.supersededByBudgetId,
                b.createdOn, b.proposedOn, adoption,
                lines.lines().stream().map(l -> new LineView(l.code(), l.name(), l.kind(), l.amount().amount())).toList(),
                lines.totalIncome().amount(), lines.totalExpenses().amount(), lines.result().amount());
    }

    public static BudgetAdopted adopted(BudgetEntity b, List<BudgetLineEntity> stored) {
        BudgetLines lines = lines(stored);
        return new BudgetAdopted(b.id, b.network, b.year, b.version, b.amendsBudgetId, b.meetingName, b.meetingDate,
                b.decidedBy, lines.totalIncome().amount(), lines.totalExpenses().amount(),
                lines.lines().stream().map(l -> new BudgetAdopted.Line(l.code(), l.name(), l.kind().name(),
                        l.amount().amount())).toList());
    }
}
