package nl.municipalnetworks.member.network;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {

    public Uni<Network> getExisting(String code) {
        return findById(code).onItem().ifNull().failWith(() -> ProblemException.notFound("Network", code));
    }
}
