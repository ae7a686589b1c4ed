package nl.municipalnetworks.pillar.lobby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A lobby line, message or position paper of a pillar. */
@Entity
@Table(name = "lobby_item")
public class LobbyItem {

    @Id
    public UUID id;

    public String network;

    @Column(name = "pillar_id")
    public UUID pillarId;

    @Enumerated(EnumType.STRING)
    public LobbyItemKind kind;

    public String title;

    public String body;

    @Enumerated(EnumType.STRING)
    public LobbyStatus status;

    /** Required for a position paper. */
    public LocalDate deadline;

    /** The moment in The Hague it serves: "Commissiedebat Wonen", "Voorjaarsnota 2026". */
    @Column(name = "parliamentary_moment")
    public String parliamentaryMoment;
}
