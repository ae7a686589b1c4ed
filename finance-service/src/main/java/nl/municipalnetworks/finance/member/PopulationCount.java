package nl.municipalnetworks.finance.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The CBS count of inhabitants of a municipality on a reference date (population-recorded). */
@Entity
@Table(name = "population_count")
@IdClass(PopulationCount.Key.class)
public class PopulationCount {

    @Id
    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Id
    @Column(name = "reference_date")
    public LocalDate referenceDate;

    public long inhabitants;

    public static class Key implements Serializable {
        public UUID municipalityId;
        public LocalDate referenceDate;

        public Key() {
        }

        public Key(UUID municipalityId, LocalDate referenceDate) {
            this.municipalityId = municipalityId;
            this.referenceDate = referenceDate;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(municipalityId, key.municipalityId)
                    && Objects.equals(referenceDate, key.referenceDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipalityId, referenceDate);
        }
    }
}
