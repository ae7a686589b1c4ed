package nl.municipalnetworks.member.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.municipalnetworks.member.names.DutchNames;

import java.time.LocalDate;
import java.util.UUID;

/** A Dutch municipality. The CBS code, province and cluster may be unknown (null). */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    public UUID id;

    @Column(name = "cbs_code")
    public String cbsCode;

    public String name;

    /** {@link DutchNames#searchKey} of the name: what the name filter matches; unique. */
    @Column(name = "name_key")
    public String nameKey;

    /** {@link DutchNames#municipalitySortKey} of the name: what sort=name orders by. */
    @Column(name = "name_sort_key")
    public String nameSortKey;

    @Enumerated(EnumType.STRING)
    public Province province;

    @Enumerated(EnumType.STRING)
    public Cluster cluster;

    /** Set once the municipality merged into another (herindeling); it then takes no new memberships. */
    @Column(name = "merger_id")
    public UUID mergerId;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_on")
    public LocalDate mergedOn;

    @Version
    public long version;

    public boolean hasMerged() {
        return mergedInto != null;
    }

    /** Every write of a name keeps its keys: the one place where they are set. */
    @PrePersist
    @PreUpdate
    void computeNameKeys() {
        nameKey = DutchNames.searchKey(name);
        nameSortKey = DutchNames.municipalitySortKey(name);
    }
}
