package nl.municipalnetworks.member.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the municipality API. */
public final class MunicipalityDtos {

    private MunicipalityDtos() {
    }

    /**
     * A municipality. After a merger (herindeling) {@code mergedInto} names its successor; the successor
     * lists the municipalities it was {@code mergedFrom}.
     */
    public record MunicipalityView(UUID id, String cbsCode, String name, Province province, Cluster cluster,
                                   PopulationCountView latestPopulation, MergerLink mergedInto,
                                   List<MergerLink> mergedFrom) {
        static MunicipalityView from(Municipality m, PopulationCount latest, Municipality successor,
                                     List<Municipality> predecessors) {
            return new MunicipalityView(m.id, m.cbsCode, m.name, m.province, m.cluster,
                    latest == null ? null : PopulationCountView.from(latest),
                    successor == null ? null : MergerLink.of(successor, m.mergedOn),
                    predecessors.stream().map(p -> MergerLink.of(p, p.mergedOn)).toList());
        }
    }

    /** The other side of a merger: which municipality, and on which date the merger took effect. */
    public record MergerLink(UUID municipalityId, String cbsCode, String name, LocalDate mergedOn) {
        public static MergerLink of(Municipality other, LocalDate mergedOn) {
            return new MergerLink(other.id, other.cbsCode, other.name, mergedOn);
        }
    }

    /** Create or replace the register data of a municipality. */
    public record MunicipalityData(
            @Pattern(regexp = CbsCode.REGEX, message = "must be " + CbsCode.EXPECTED) String cbsCode,
            @NotBlank @Size(max = 200) String name,
            Province province,
            Cluster cluster) {
    }

    public record PopulationCountView(LocalDate referenceDate, int inhabitants, String source,
                                      OffsetDateTime recordedAt) {
        static PopulationCountView from(PopulationCount count) {
            return new PopulationCountView(count.referenceDate, count.inhabitants, count.source, count.recordedAt);
        }
    }

    public record RecordPopulation(@NotNull LocalDate referenceDate, @NotNull @Positive Integer inhabitants,
                                   @Size(max = 200) String source) {
    }

    /**
     * What a population import did with each row; returned only when every row was accepted. Rows
     * without a count and a date (municipalities without a count in an export) are skipped.
     */
    public record ImportReport(int rows, int recorded, int unchanged, int skipped, List<ImportedRow> details) {
    }

    public record ImportedRow(int line, String cbsCode, LocalDate referenceDate, int inhabitants, String outcome) {
    }
}
