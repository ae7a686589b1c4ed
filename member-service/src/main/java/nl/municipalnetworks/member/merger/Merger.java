package nl.municipalnetworks.member.merger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.municipalnetworks.commons.problem.ProblemException;
import nl.municipalnetworks.member.municipality.Municipality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A municipal merger (herindeling): municipalities that merge into a successor on a date. The successor
 * is a new municipality (Dijk en Waard, GM1980, from Heerhugowaard and Langedijk on 2022-01-01) or a
 * continuing one that absorbs others; either way it has its own CBS code and is registered first.
 */
@Entity
@Table(name = "municipal_merger")
public class Merger {

    @Id
    public UUID id;

    @Column(name = "successor_id")
    public UUID successorId;

    @Column(name = "merged_on")
    public LocalDate mergedOn;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /**
     * Checks that the municipalities can merge and records the merger on each of them (the link to the
     * successor, both ways). Ending their memberships is the membership's own rule.
     */
    public static Merger record(Municipality successor, List<Municipality> merging, LocalDate mergedOn, String by) {
        if (merging.isEmpty()) {
            throw ProblemException.invalid("mergingMunicipalityIds", "name at least one municipality that merges");
        }
        Set<UUID> seen = new HashSet<>();
        for (Municipality m : merging) {
            if (!seen.add(m.id)) {
                throw ProblemException.invalid("mergingMunicipalityIds", m.name + " is named twice");
            }
            if (m.id.equals(successor.id)) {
                throw ProblemException.invalid("mergingMunicipalityIds", successor.name
                        + " is the successor; a continuing municipality is not one of those that merge into it");
            }
            if (m.hasMerged()) {
                throw ProblemException.conflict("mergingMunicipalityIds", m.name + " already merged on " + m.mergedOn);
            }
        }
        if (successor.hasMerged()) {
            throw ProblemException.conflict("successorId", successor.name + " itself merged on " + successor.mergedOn);
        }
        Merger merger = new Merger();
        merger.id = UUID.randomUUID();
        merger.successorId = successor.id;
        merger.mergedOn = mergedOn;
        merger.recordedAt = OffsetDateTime.now();
        merger.recordedBy = by;
        for (Municipality m : merging) {
            m.mergerId = merger.id;
            m.mergedInto = successor.id;
            m.mergedOn = mergedOn;
        }
        return merger;
    }
}
