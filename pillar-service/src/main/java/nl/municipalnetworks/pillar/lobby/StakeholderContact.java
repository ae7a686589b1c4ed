package nl.municipalnetworks.pillar.lobby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A contact person at a stakeholder: personal data, only for those who work in the network. */
@Entity
@Table(name = "stakeholder_contact")
public class StakeholderContact {

    @Id
    public UUID id;

    @Column(name = "stakeholder_id")
    public UUID stakeholderId;

    public String name;

    @Column(name = "job_title")
    public String jobTitle;

    public String email;

    public String phone;
}
