package nl.municipalnetworks.member.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A seat of one of a network's officials in a VNG committee. */
@Entity
@Table(name = "vng_committee_seat")
public class VngCommitteeSeat {

    @Id
    public UUID id;

    @Column(name = "network_code")
    public String network;

    @Column(name = "person_id")
    public UUID personId;

    public String committee;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}
