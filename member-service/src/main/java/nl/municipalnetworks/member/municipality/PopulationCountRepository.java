package nl.municipalnetworks.member.municipality;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PopulationCountRepository implements PanacheRepositoryBase<PopulationCount, UUID> {

    public Uni<List<PopulationCount>> history(UUID municipalityId) {
        return list("municipalityId = ?1 order by referenceDate desc", municipalityId);
    }

    public Uni<List<PopulationCount>> ofMunicipalities(Collection<UUID> municipalityIds) {
        return list("municipalityId in ?1", municipalityIds);
    }
}
