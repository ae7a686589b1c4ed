package nl.municipalnetworks.finance.party;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<PartyEntity, UUID> {

    public Uni<PartyEntity> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Party", id));
    }

    /** The party of a municipality, or null. */
    public Uni<PartyEntity> ofMunicipality(UUID municipalityId) {
        return find("municipalityId", municipalityId).firstResult();
    }

    /** The party a fee scheme names as collector (an invoice as seller), or null. */
    public Uni<PartyEntity> ofCollectorName(String collectorName) {
        return find("collectorName", collectorName).firstResult();
    }
}
