package nl.municipalnetworks.finance.scheme;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class FeeSchemeRepository implements PanacheRepositoryBase<FeeSchemeEntity, UUID> {

    public Uni<FeeSchemeEntity> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Fee scheme", id));
    }

    /** A scheme a request body names: a 400 on that field when there is none. */
    public Uni<FeeSchemeEntity> getReferenced(String field, UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no fee scheme with id " + id));
    }
}
