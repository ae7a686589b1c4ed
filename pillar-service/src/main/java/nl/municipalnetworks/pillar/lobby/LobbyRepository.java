package nl.municipalnetworks.pillar.lobby;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Lobby items and the stakeholders they aim at (the stakeholders themselves: StakeholderRepository). */
@ApplicationScoped
public class LobbyRepository implements PanacheRepositoryBase<LobbyItem, UUID> {

    public Uni<LobbyItem> getExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Lobby item", id));
    }

    public Uni<List<LobbyItemStakeholder>> links(Collection<UUID> lobbyItemIds) {
        if (lobbyItemIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("from LobbyItemStakeholder where key.lobbyItemId in :ids", LobbyItemStakeholder.class)
                .setParameter("ids", lobbyItemIds).getResultList());
    }

    public Uni<Void> persistLink(LobbyItemStakeholder link) {
        return getSession().flatMap(session -> session.persist(link));
    }
}
