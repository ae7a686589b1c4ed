package nl.municipalnetworks.finance.member;

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

    /** The CBS code (GM0150); null until an event brings it. A member official's token names it. */
    @Column(name = "cbs_code")
    public String cbsCode;

    public String name;

    /** The successor after a merger (herindeling); null while the municipality exists. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_on")
    public LocalDate mergedOn;
}
