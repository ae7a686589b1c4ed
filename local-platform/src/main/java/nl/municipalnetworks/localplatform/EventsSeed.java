package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static nl.municipalnetworks.localplatform.SeedJson.NODES;
import static nl.municipalnetworks.localplatform.SeedJson.array;
import static nl.municipalnetworks.localplatform.SeedJson.required;

/**
 * The events seed file ({@code /seed/events-seed.json}) turned into request bodies of events-service's API: each event
 * (POST /v1/events), its sessions (POST /v1/events/{id}/sessions), the statuses it goes through to reach the one
 * the file gives (PLANNED -> OPEN -> HELD) and the decisions of a general assembly (POST /v1/events/{id}/decisions;
 * finance-service adopts the budget a BUDGET_ADOPTED decision names). Who creates it: the secretariat (the platform admin's token) or the
 * partner (platform31-partner's, so that the partner manages it). Pure data work, no HTTP.
 */
final class EventsSeed {

    static final String RESOURCE = "/seed/events-seed.json";
    private static final List<String> EVENT_FIELDS = List.of("network", "otherNetworks", "partner", "kind", "title", "description",
            "startsAt", "endsAt", "place", "onlineLink", "pillar", "theme", "audience", "capacity", "registrationDeadline");
    private static final List<String> SESSION_FIELDS = List.of("title", "startsAt", "endsAt", "place", "capacity", "cluster");
    private static final List<String> DECISION_FIELDS = List.of("kind", "text", "budget", "decidedOn", "decidedBy");

    /** One event: who creates it, its body, its sessions, the status changes after creation and its decisions. */
    record Event(String title, String network, boolean byPartner, ObjectNode body, List<ObjectNode> sessions,
                 List<String> statusChanges, List<ObjectNode> decisions) {
    }

    private final JsonNode root;

    private EventsSeed(JsonNode root) {
        this.root = root;
    }

    static EventsSeed fromClasspath() {
        return new EventsSeed(SeedJson.fromClasspath(RESOURCE));
    }

    static EventsSeed of(JsonNode root) {
        return new EventsSeed(root);
    }

    Set<String> networks() {
        Set<String> networks = new TreeSet<>();
        array(root, "events").forEach(event -> networks.add(required(event, "network", "events")));
        return networks;
    }

    List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (JsonNode entry : array(root, "events")) {
            String title = required(entry, "title", "events");
            String organiser = required(entry, "organiser", "events");
            if (!organiser.equals("secretariat") && !organiser.equals("partner")) {
                throw new IllegalStateException("Seed file: event '" + title + "' has organiser '" + organiser
                        + "'; expected secretariat or partner");
            }
            ObjectNode body = copy(entry, EVENT_FIELDS);
            List<ObjectNode> sessions = new ArrayList<>();
            array(entry, "sessions").forEach(session -> sessions.add(copy(session, SESSION_FIELDS)));
            List<ObjectNode> decisions = new ArrayList<>();
            array(entry, "decisions").forEach(decision -> decisions.add(copy(decision, DECISION_FIELDS)));
            events.add(new Event(title, required(entry, "network", "events"), organiser.equals("partner"), body, sessions,
                    statusChanges(title, required(entry, "status", "events")), decisions));
        }
        return events;
    }

    /** The changes from PLANNED (as created) to the status the file gives. */
    static List<String> statusChanges(String title, String status) {
        return switch (status) {
            case "PLANNED" -> List.of();
            case "OPEN" -> List.of("OPEN");
            case "CLOSED" -> List.of("OPEN", "CLOSED");
            case "HELD" -> List.of("OPEN", "HELD");
            case "CANCELLED" -> List.of("CANCELLED");
            default -> throw new IllegalStateException("Seed file: event '" + title + "' has status '" + status + "'");
        };
    }

    private static ObjectNode copy(JsonNode entry, List<String> fields) {
        ObjectNode body = NODES.objectNode();
        for (String field : fields) {
            if (entry.has(field)) {
                body.set(field, entry.get(field));
            }
        }
        return body;
    }
}
