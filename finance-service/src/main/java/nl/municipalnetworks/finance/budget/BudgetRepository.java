package nl.municipalnetworks.finance.budget;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BudgetRepository implements PanacheRepositoryBase<BudgetEntity, UUID> {

    public Uni<BudgetEntity> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Budget", id));
    }

    /** The version, locked until the transaction ends: its status changes one request at a time. */
    public Uni<BudgetEntity> getForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> ProblemException.notFound("Budget", id));
    }

    /** Every version of a network's budget for a year, the newest first. */
    public Uni<List<BudgetEntity>> versions(String network, int year) {
        return list("network = ?1 and year = ?2 order by version desc", network, year);
    }
}
