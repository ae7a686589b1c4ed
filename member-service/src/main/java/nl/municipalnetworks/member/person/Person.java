package nl.municipalnetworks.member.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.municipalnetworks.member.municipality.Municipality;
import nl.municipalnetworks.member.names.DutchNames;

import java.util.UUID;

/** An official of a municipality. E-mail and phone are personal data: see MemberAccess. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    /** Null for someone who does not work for a municipality (e.g. an external chair). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** {@link DutchNames#searchKey} of "first last": what the name filter matches. */
    @Column(name = "name_key")
    public String nameKey;

    /** {@link DutchNames#lastNameSortKey}: what sort=lastName orders by ("de Vries" under V). */
    @Column(name = "last_name_sort_key")
    public String lastNameSortKey;

    @Enumerated(EnumType.STRING)
    public OfficialRole role;

    public String email;

    public String phone;

    @Version
    public long version;

    /** Every write of a name keeps its keys: the one place where they are set. */
    @PrePersist
    @PreUpdate
    void computeNameKeys() {
        nameKey = nameKey(firstName, lastName);
        lastNameSortKey = DutchNames.lastNameSortKey(lastName);
    }

    /** The search key of a person's full name, "first last". */
    public static String nameKey(String firstName, String lastName) {
        return DutchNames.searchKey(firstName + " " + lastName);
    }

    public String cbsCodeOfMunicipality() {
        return municipality == null ? null : municipality.cbsCode;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
