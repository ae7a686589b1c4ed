package nl.municipalnetworks.member.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A network of municipalities, such as M50 or G40. */
@Entity
@Table(name = "network")
public class Network {

    @Id
    public String code;

    public String name;

    public String description;

    /** Member count the growth target starts from (M50: 40); null when the network has no target. */
    @Column(name = "growth_baseline")
    public Integer growthBaseline;

    /** Member count the network wants to reach (M50: 50). */
    @Column(name = "growth_target")
    public Integer growthTarget;
}
