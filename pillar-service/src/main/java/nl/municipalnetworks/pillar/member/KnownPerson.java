package nl.municipalnetworks.pillar.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person as member-service announced them (person-recorded): name and municipality, no contact details. */
@Entity
@Table(name = "person")
public class KnownPerson {

    @Id
    public UUID id;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String fullName() {
        return firstName + " " + lastName;
    }
}
