package nl.municipalnetworks.events.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A municipality as member-service announced it (municipality-registered and -changed, joined, municipality-merged). */
@Entity
@Table(name = "municipality")
public class KnownMunicipality {

    @Id
    public UUID id;

    /** The CBS code (GM0355); an official's token names their municipality by it. Null until an event brings it. */
    @Column(name = "cbs_code")
    public String cbsCode;

    public String name;

    /** As member-service names it ("Noord-Brabant"); null while unknown. */
    public String province;

    /** The Platform31 cluster ("Werkstad"); null while unknown. */
    public String cluster;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_on")
    public LocalDate mergedOn;
}
