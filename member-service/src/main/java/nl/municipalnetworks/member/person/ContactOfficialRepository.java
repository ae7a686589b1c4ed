package nl.municipalnetworks.member.person;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContactOfficialRepository implements PanacheRepositoryBase<ContactOfficial, UUID> {

    public Uni<ContactOfficial> current(String network, UUID municipalityId) {
        return find("network = ?1 and municipalityId = ?2 and until is null", network, municipalityId).firstResult();
    }

    public Uni<List<ContactOfficial>> history(String network, UUID municipalityId) {
        return list("network = ?1 and municipalityId = ?2 order by since desc", network, municipalityId);
    }
}
