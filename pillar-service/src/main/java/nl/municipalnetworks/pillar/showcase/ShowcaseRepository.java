package nl.municipalnetworks.pillar.showcase;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class ShowcaseRepository implements PanacheRepositoryBase<Showcase, UUID> {

    public Uni<Showcase> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Showcase", id));
    }
}
