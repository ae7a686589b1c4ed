package nl.municipalnetworks.finance.budget;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BudgetLineRepository implements PanacheRepositoryBase<BudgetLineEntity, UUID> {

    public Uni<List<BudgetLineEntity>> of(UUID budgetId) {
        return list("budgetId = ?1 order by position", budgetId);
    }

    /** The lines of every version of a network's budget for a year (a code appears once per version). */
    public Uni<List<BudgetLineEntity>> ofYear(String network, int year) {
        return list("budgetId in (select b.id from BudgetEntity b where b.network = ?1 and b.year = ?2) order by position",
                network, year);
    }

    /** The lines of several versions, by version, each in its order. */
    public Uni<Map<UUID, List<BudgetLineEntity>>> of(Collection<UUID> budgetIds) {
        if (budgetIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("budgetId in ?1 order by position", budgetIds)
                .map(found -> found.stream().collect(Collectors.groupingBy(l -> l.budgetId)));
    }
}
