package nl.municipalnetworks.pillar.pillar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** Someone held a role in a pillar from a day until a day (open while they hold it). */
@Entity
@Table(name = "pillar_role")
public class PillarRole {

    @Id
    public UUID id;

    @Column(name = "pillar_id")
    public UUID pillarId;

    @Enumerated(EnumType.STRING)
    public PillarRoleKind role;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    public boolean isCurrent() {
        return to == null;
    }
}
