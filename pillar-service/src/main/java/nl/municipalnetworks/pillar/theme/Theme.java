package nl.municipalnetworks.pillar.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A theme (theme group, action line) under a pillar, or standing alone (G40's Financiën, Europa). */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    public UUID id;

    public String network;

    public String code;

    /** Null for a theme group that belongs to no pillar. */
    @Column(name = "pillar_id")
    public UUID pillarId;

    public String name;

    public String description;
}
