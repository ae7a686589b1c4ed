package nl.municipalnetworks.member.municipality;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {

    public Uni<Municipality> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Municipality", id));
    }

    public Uni<Municipality> findByCbsCode(String cbsCode) {
        return find("cbsCode", cbsCode).firstResult();
    }

    /** The municipality whose name has this {@link nl.municipalnetworks.member.names.DutchNames#searchKey}. */
    public Uni<Municipality> findByNameKey(String nameKey) {
        return find("nameKey", nameKey).firstResult();
    }

    public Uni<List<Municipality>> findByCbsCodes(Collection<String> codes) {
        return list("cbsCode in ?1", codes);
    }
}
