package nl.municipalnetworks.member.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A seat on a network's daily board (dagelijks bestuur), with its portfolio. */
@Entity
@Table(name = "board_position")
public class BoardPosition {

    public enum Kind { CHAIR, VICE_CHAIR, MEMBER }

    @Id
    public UUID id;

    @Column(name = "network_code")
    public String network;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public Kind position;

    public String portfolio;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public boolean isCurrent(LocalDate today) {
        return endsOn == null || !endsOn.isBefore(today);
    }
}
