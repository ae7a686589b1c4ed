package nl.municipalnetworks.finance.bill;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class BillRepository implements PanacheRepositoryBase<BillEntity, UUID> {

    public Uni<BillEntity> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Bill", id));
    }

    /** The bill, locked until the transaction ends: its status changes one request at a time. */
    public Uni<BillEntity> getForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> ProblemException.notFound("Bill", id));
    }
}
