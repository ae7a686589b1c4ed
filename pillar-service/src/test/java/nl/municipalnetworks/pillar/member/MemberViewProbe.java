package nl.municipalnetworks.pillar.member;

import nl.municipalnetworks.testsupport.ServiceDatabase;

import java.util.UUID;

/** Reads pillar-service's member view from a test thread (the view has no API of its own). */
public final class MemberViewProbe {

    private MemberViewProbe() {
    }

    public static boolean isMember(String network, UUID municipalityId) {
        return ServiceDatabase.count("select count(*) from membership where network = '" + network
                + "' and municipality_id = '" + municipalityId + "' and ended_on is null") > 0;
    }

    public static boolean personKnown(UUID personId) {
        return ServiceDatabase.count("select count(*) from person where id = '" + personId + "'") > 0;
    }

    public static long processed(UUID eventId) {
        return ServiceDatabase.count("select count(*) from processed_event where event_id = '" + eventId + "'");
    }
}
