package nl.municipalnetworks.member.network;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A knowledge partner of networks, such as Platform31. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public UUID id;

    public String name;

    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_network", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "network_code")
    public Set<String> networks = new HashSet<>();
}
