package nl.municipalnetworks.pillar.lobby;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Lobby items, with the stakeholders and contact persons they refer to. */
@ApplicationScoped
public class LobbyRepository implements PanacheRepositoryBase<LobbyItem, UUID> {

    public Uni<LobbyItem> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Lobby item", id));
    }

    public Uni<Stakeholder> stakeholder(UUID id) {
        return getSession().flatMap(session -> session.find(Stakeholder.class, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Stakeholder", id));
    }

    public Uni<List<Stakeholder>> stakeholders(String network) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("from Stakeholder where network = :network order by name", Stakeholder.class)
                .setParameter("network", network).getResultList());
    }

    public Uni<List<Stakeholder>> stakeholdersById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from Stakeholder where id in :ids order by name", Stakeholder.class)
                .setParameter("ids", ids).getResultList());
    }

    public Uni<Stakeholder> stakeholderNamed(String network, String name) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("from Stakeholder where network = :network and lower(name) = lower(:name)", Stakeholder.class)
                .setParameter("network", network).setParameter("name", name).getSingleResultOrNull());
    }

    public Uni<List<StakeholderContact>> contacts(Collection<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from StakeholderContact where stakeholderId in :ids order by name", StakeholderContact.class)
                .setParameter("ids", stakeholderIds).getResultList());
    }

    public Uni<List<LobbyItemStakeholder>> links(Collection<UUID> lobbyItemIds) {
        if (lobbyItemIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from LobbyItemStakeholder where key.lobbyItemId in :ids", LobbyItemStakeholder.class)
                .setParameter("ids", lobbyItemIds).getResultList());
    }

    /** Stakeholders, contacts and links: anything of this package that is not a lobby item. */
    public Uni<Void> persistPart(Object entity) {
        return getSession().flatMap(session -> session.persist(entity));
    }
}
