package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.municipalnetworks.localplatform.SeedJson.JSON;
import static nl.municipalnetworks.localplatform.SeedJson.NODES;
import static nl.municipalnetworks.localplatform.SeedJson.array;
import static nl.municipalnetworks.localplatform.SeedJson.idOf;
import static nl.municipalnetworks.localplatform.SeedJson.orNull;
import static nl.municipalnetworks.localplatform.SeedJson.required;

/**
 * The seed file ({@code /seed/seed-data.json}) turned into request bodies of member-service's API.
 * Pure data work, no HTTP, so that it can be tested without a running platform.
 *
 * <p>Fields are copied one by one rather than passing seed entries through: the seed file carries
 * provenance ("source", "note") that is not part of the API.
 */
final class SeedData {

    static final String RESOURCE = "/seed/seed-data.json";
    /** member-service limits a population count's source text to 200 characters. */
    private static final int MAX_SOURCE_LENGTH = 200;


    /** A request body together with the name by which later entries of the seed file refer to its result. */
    record Named(String name, ObjectNode body) {
    }

    /** A request body for an endpoint under /v1/networks/{network}/... */
    record ForNetwork(String network, ObjectNode body) {
    }

    /** A population count for the municipality with this name. */
    record Population(String municipality, ObjectNode body) {
    }

    private final JsonNode root;

    private SeedData(JsonNode root) {
        this.root = root;
    }

    static SeedData fromClasspath() {
        return new SeedData(SeedJson.fromClasspath(RESOURCE));
    }

    static SeedData parse(InputStream json) throws IOException {
        return new SeedData(JSON.readTree(json));
    }

    /** POST /v1/networks */
    List<ObjectNode> networks() {
        List<ObjectNode> bodies = new ArrayList<>();
        for (JsonNode network : array(root, "networks")) {
            ObjectNode body = NODES.objectNode();
            body.put("code", required(network, "code", "networks"));
            body.put("name", required(network, "name", "networks"));
            body.set("description", orNull(network, "description"));
            JsonNode target = network.path("growthTarget");
            if (target.isObject()) {
                ObjectNode growth = body.putObject("growthTarget");
                growth.set("baseline", target.get("baseline"));
                growth.set("target", target.get("target"));
            } else {
                body.putNull("growthTarget");
            }
            JsonNode notice = network.path("noticeRule");
            if (notice.isObject()) {
                ObjectNode rule = body.putObject("noticeRule");
                rule.set("noticeBefore", notice.get("noticeBefore"));
                rule.set("takesEffectOn", notice.get("takesEffectOn"));
            }
            bodies.add(body);
        }
        return bodies;
    }

    /** POST /v1/partners */
    List<ObjectNode> partners() {
        List<ObjectNode> bodies = new ArrayList<>();
        for (JsonNode partner : array(root, "partners")) {
            ObjectNode body = NODES.objectNode();
            body.put("name", required(partner, "name", "partners"));
            body.set("description", orNull(partner, "description"));
            body.set("networks", partner.path("networks").isArray() ? partner.get("networks") : NODES.arrayNode());
            bodies.add(body);
        }
        return bodies;
    }

    /** POST /v1/municipal-mergers, with municipality names resolved to ids. */
    List<ObjectNode> mergers(Map<String, String> municipalityIds) {
        List<ObjectNode> bodies = new ArrayList<>();
        for (JsonNode merger : array(root, "mergers")) {
            ObjectNode body = NODES.objectNode();
            body.put("mergedOn", required(merger, "mergedOn", "mergers"));
            body.put("successorId", idOf(municipalityIds, required(merger, "successor", "mergers"), "municipality", "a merger"));
            var merging = body.putArray("mergingMunicipalityIds");
            for (JsonNode name : merger.path("merging")) {
                merging.add(idOf(municipalityIds, name.asText(), "municipality", "a merger"));
            }
            body.set("successorMemberships", merger.path("successorMemberships").isArray()
                    ? merger.get("successorMemberships") : NODES.arrayNode());
            bodies.add(body);
        }
        return bodies;
    }

    /** POST /v1/municipalities, named by municipality name. */
    List<Named> municipalities() {
        List<Named> bodies = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode municipality : array(root, "municipalities")) {
            String name = required(municipality, "name", "municipalities");
            if (!seen.add(name)) {
                throw new IllegalStateException("Seed file lists municipality '" + name + "' twice");
            }
            ObjectNode body = NODES.objectNode();
            body.set("cbsCode", orNull(municipality, "cbsCode"));
            body.put("name", name);
            body.set("province", orNull(municipality, "province"));
            body.set("cluster", orNull(municipality, "cluster"));
            bodies.add(new Named(name, body));
        }
        return bodies;
    }

    /** POST /v1/municipalities/{id}/population-counts */
    List<Population> populations() {
        Map<String, String> sourceTitles = sourceTitles();
        List<Population> bodies = new ArrayList<>();
        for (JsonNode municipality : array(root, "municipalities")) {
            for (JsonNode count : municipality.path("populations")) {
                ObjectNode body = NODES.objectNode();
                body.put("referenceDate", required(count, "referenceDate", "populations"));
                body.put("inhabitants", count.path("inhabitants").asInt());
                // The API's source is free text shown to users: the document title says more than the seed id.
                String source = count.path("source").asText(null);
                String title = source == null ? null : sourceTitles.getOrDefault(source, source);
                body.put("source", title != null && title.length() <= MAX_SOURCE_LENGTH ? title : source);
                bodies.add(new Population(municipality.get("name").asText(), body));
            }
        }
        return bodies;
    }

    /** POST /v1/memberships, given the ids that member-service assigned to the municipalities. */
    List<ObjectNode> memberships(Map<String, String> municipalityIds) {
        List<ObjectNode> bodies = new ArrayList<>();
        for (JsonNode membership : array(root, "memberships")) {
            String network = required(membership, "network", "memberships");
            String municipality = required(membership, "municipality", "memberships");
            ObjectNode body = NODES.objectNode();
            body.put("network", network);
            body.put("municipalityId", idOf(municipalityIds, municipality, "municipality", "membership of " + network));
            body.put("status", membership.path("status").asText("MEMBER"));
            body.set("joinedOn", orNull(membership, "joinedOn"));
            bodies.add(body);
        }
        return bodies;
    }

    /**
     * POST /v1/people, named by full name. The people list first, then pillar chairs that are not in it:
     * pillar-service's seed appoints them, but they are people of this register.
     */
    List<Named> people(Map<String, String> municipalityIds) {
        Map<String, Named> byFullName = new LinkedHashMap<>();
        for (JsonNode person : array(root, "people")) {
            String firstName = required(person, "firstName", "people");
            String lastName = required(person, "lastName", "people");
            String fullName = firstName + " " + lastName;
            if (byFullName.containsKey(fullName)) {
                throw new IllegalStateException("Seed file lists person '" + fullName + "' twice");
            }
            byFullName.put(fullName, new Named(fullName, personBody(municipalityIds,
                    person.path("municipality").asText(null), firstName, lastName, orNull(person, "role"))));
        }
        for (JsonNode chair : array(root, "pillarChairs")) {
            String fullName = required(chair, "person", "pillarChairs");
            if (byFullName.containsKey(fullName)) {
                continue;
            }
            // "Cees van den Bos": the first word is the first name, the rest (with its prefixes) the last name.
            int space = fullName.indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException("Pillar chair '" + fullName + "' has no last name");
            }
            byFullName.put(fullName, new Named(fullName, personBody(municipalityIds,
                    chair.path("municipality").asText(null), fullName.substring(0, space),
                    fullName.substring(space + 1), NODES.nullNode())));
        }
        return new ArrayList<>(byFullName.values());
    }

    /** POST /v1/networks/{code}/board-positions, given the ids of the people. */
    List<ForNetwork> boardPositions(Map<String, String> personIds) {
        List<ForNetwork> bodies = new ArrayList<>();
        for (JsonNode position : array(root, "boardPositions")) {
            String network = required(position, "network", "boardPositions");
            ObjectNode body = NODES.objectNode();
            body.put("personId", idOf(personIds, required(position, "person", "boardPositions"), "person",
                    "board position in " + network));
            body.put("position", required(position, "position", "boardPositions"));
            body.set("portfolio", orNull(position, "portfolio"));
            body.set("startsOn", startsOn(position));
            bodies.add(new ForNetwork(network, body));
        }
        return bodies;
    }

    /** POST /v1/networks/{code}/vng-committee-seats, given the ids of the people. */
    List<ForNetwork> vngCommitteeSeats(Map<String, String> personIds) {
        List<ForNetwork> bodies = new ArrayList<>();
        for (JsonNode seat : array(root, "vngCommitteeSeats")) {
            String network = required(seat, "network", "vngCommitteeSeats");
            ObjectNode body = NODES.objectNode();
            body.put("personId", idOf(personIds, required(seat, "person", "vngCommitteeSeats"), "person",
                    "VNG committee seat in " + network));
            body.put("committee", required(seat, "committee", "vngCommitteeSeats"));
            body.set("startsOn", startsOn(seat));
            bodies.add(new ForNetwork(network, body));
        }
        return bodies;
    }

    private ObjectNode personBody(Map<String, String> municipalityIds, String municipality, String firstName,
                                  String lastName, JsonNode role) {
        ObjectNode body = NODES.objectNode();
        if (municipality == null) {
            body.putNull("municipalityId");
        } else {
            body.put("municipalityId", idOf(municipalityIds, municipality, "municipality",
                    "person " + firstName + " " + lastName));
        }
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.set("role", role);
        return body;
    }

    /** The seed file calls the start date "from"; the API calls it "startsOn". */
    private static JsonNode startsOn(JsonNode entry) {
        JsonNode from = entry.has("startsOn") ? entry.get("startsOn") : entry.path("from");
        return from.isMissingNode() ? NODES.nullNode() : from;
    }

    private Map<String, String> sourceTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (JsonNode source : array(root, "sources")) {
            titles.put(source.path("id").asText(), source.path("title").asText());
        }
        return titles;
    }
}
