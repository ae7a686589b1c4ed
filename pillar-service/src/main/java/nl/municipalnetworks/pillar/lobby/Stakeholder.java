package nl.municipalnetworks.pillar.lobby;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

@Entity
@Table(name = "stakeholder")
public class Stakeholder {

    @Id
    public UUID id;

    public String network;

    public String name;

    @Enumerated(EnumType.STRING)
    public StakeholderKind kind;

    public String description;
}
