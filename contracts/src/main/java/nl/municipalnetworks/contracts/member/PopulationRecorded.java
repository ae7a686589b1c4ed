package nl.municipalnetworks.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/** The CBS count of inhabitants of a municipality on a reference date (peildatum). */
public record PopulationRecorded(UUID municipalityId, String cbsCode, LocalDate referenceDate, long inhabitants)
        implements MemberEvent {
    public static final String TYPE = "nl.municipalnetworks.member.population-recorded.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
