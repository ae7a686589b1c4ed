package nl.municipalnetworks.pillar.lobby;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** A stakeholder a lobby item is aimed at. */
@Entity
@Table(name = "lobby_item_stakeholder")
public class LobbyItemStakeholder {

    @EmbeddedId
    public Key key;

    public LobbyItemStakeholder() {
    }

    LobbyItemStakeholder(UUID lobbyItemId, UUID stakeholderId) {
        this.key = new Key(lobbyItemId, stakeholderId);
    }

    @Embeddable
    public record Key(@Column(name = "lobby_item_id") UUID lobbyItemId, @Column(name = "stakeholder_id") UUID stakeholderId)
            implements Serializable {
    }
}
