package nl.municipalnetworks.member.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
}
