package nl.municipalnetworks.member.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Inhabitants of a municipality as counted by CBS on a reference date (peildatum). */
@Entity
@Table(name = "population_count")
public class PopulationCount {

    @Id
    public UUID id;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    public int inhabitants;

    public String source;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}
