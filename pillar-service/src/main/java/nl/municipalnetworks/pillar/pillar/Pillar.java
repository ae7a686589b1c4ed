package nl.municipalnetworks.pillar.pillar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A pillar (pijler) of a network for a period: M50's 2019 pillars ended, the 2025 ones run. */
@Entity
@Table(name = "pillar")
public class Pillar {

    @Id
    public UUID id;

    public String network;

    /** Unique within the network, e.g. "sociaal"; the pillar claim of a chair's token names it. */
    public String code;

    public String name;

    public String description;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day; null while the pillar runs. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public boolean runsOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
