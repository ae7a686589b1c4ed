package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static nl.municipalnetworks.localplatform.SeedJson.NODES;

/**
 * Loads the events seed through events-service's API: the secretariat's events with the platform admin's token, the
 * partner's (the Platform31 webinar) with the partner's own, so that the partner manages what it organises. Events
 * are looked up by network and title first, so a load that stopped halfway picks up where it was (an event found
 * is left as it is).
 */
final class EventsSeedLoader {

    private final ApiClient asSecretariat;
    private final ApiClient asPartner;
    private final EventsSeed seed;
    private final Path completeMarker;

    EventsSeedLoader(ApiClient asSecretariat, ApiClient asPartner, EventsSeed seed, Path completeMarker) {
        this.asSecretariat = asSecretariat;
        this.asPartner = asPartner;
        this.seed = seed;
        this.completeMarker = completeMarker;
    }

    void loadUnlessPresent() {
        if (Files.exists(completeMarker)) {
            Console.info("events seed already loaded (%s); skipped", completeMarker.getFileName());
            return;
        }
        Map<String, String> existing = new HashMap<>();
        for (String network : seed.networks()) {
            for (JsonNode event : asSecretariat.getAllPages("/v1/events?network=" + network + "&sort=startsAt")) {
                existing.put(network + "|" + event.path("title").asText(), event.path("id").asText());
            }
        }
        int events = 0;
        int sessions = 0;
        int decisions = 0;
        for (EventsSeed.Event event : seed.events()) {
            if (existing.containsKey(event.network() + "|" + event.title())) {
                continue;
            }
            ApiClient api = event.byPartner() ? asPartner : asSecretariat;
            String id = api.create("/v1/events", event.body()).path("id").asText();
            for (JsonNode session : event.sessions()) {
                api.create("/v1/events/" + id + "/sessions", session);
                sessions++;
            }
            for (String status : event.statusChanges()) {
                api.post("/v1/events/" + id + "/status-changes", NODES.objectNode().put("status", status));
            }
            for (JsonNode decision : event.decisions()) {
                // recorded by the secretariat of the host network (the platform admin's token), never by a partner
                asSecretariat.create("/v1/events/" + id + "/decisions", decision);
                decisions++;
            }
            events++;
        }
        String counts = events + " events, " + sessions + " sessions, " + decisions + " decisions";
        Console.info("events seed loaded: %s", counts);
        try {
            Files.createDirectories(completeMarker.getParent());
            Files.writeString(completeMarker, counts + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + completeMarker, e);
        }
    }
}
