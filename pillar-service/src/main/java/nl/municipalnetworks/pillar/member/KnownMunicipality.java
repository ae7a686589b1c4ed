package nl.municipalnetworks.pillar.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A municipality as member-service announced it (municipality-registered, joined, municipality-merged). */
@Entity
@Table(name = "municipality")
public class KnownMunicipality {

    @Id
    public UUID id;

    @Column(name = "cbs_code")
    public String cbsCode;

    public String name;

    /** The successor after a merger (herindeling); null while the municipality exists. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_on")
    public LocalDate mergedOn;
}
