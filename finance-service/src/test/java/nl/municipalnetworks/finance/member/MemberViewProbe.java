package nl.municipalnetworks.finance.member;

import nl.municipalnetworks.testsupport.ServiceDatabase;

import java.util.UUID;

/** Reads finance-service's member view from a test thread (the view has no API of its own). */
public final class MemberViewProbe {

    private MemberViewProbe() {
    }

    public static boolean isMember(String network, UUID municipalityId) {
        return query("select count(*) from membership where network = '" + network + "' and municipality_id = '"
                + municipalityId + "' and ended_on is null") > 0;
    }

    public static long inhabitants(UUID municipalityId, String referenceDate) {
        return query("select coalesce(max(inhabitants), 0) from population_count where municipality_id = '"
                + municipalityId + "' and reference_date = '" + referenceDate + "'");
    }

    public static long processed(UUID eventId) {
        return query("select count(*) from processed_event where event_id = '" + eventId + "'");
    }

    public static long query(String countSql) {
        return ServiceDatabase.count(countSql);
    }
}
