package nl.municipalnetworks.finance.creditnote;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class CreditNoteRepository implements PanacheRepositoryBase<CreditNoteEntity, UUID> {

    public Uni<CreditNoteEntity> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Credit note", id));
    }
}
