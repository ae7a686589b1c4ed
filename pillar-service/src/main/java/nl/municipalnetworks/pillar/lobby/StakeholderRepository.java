package nl.municipalnetworks.pillar.lobby;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stakeholders of a network and their contact persons (personal data: see PillarAccess). */
@ApplicationScoped
public class StakeholderRepository implements PanacheRepositoryBase<Stakeholder, UUID> {

    public Uni<Stakeholder> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Stakeholder", id));
    }

    public Uni<List<Stakeholder>> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1 order by name", ids);
    }

    public Uni<Stakeholder> named(String network, String name) {
        return find("network = ?1 and lower(name) = lower(?2)", network, name).firstResult();
    }

    public Uni<List<StakeholderContact>> contacts(Collection<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from StakeholderContact where stakeholderId in :ids order by name", StakeholderContact.class)
                .setParameter("ids", stakeholderIds).getResultList());
    }

    public Uni<Void> persistContact(StakeholderContact contact) {
        return getSession().flatMap(session -> session.persist(contact));
    }
}
