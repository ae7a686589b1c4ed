package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.localplatform.SeedJson.NODES;
import static nl.municipalnetworks.localplatform.SeedJson.array;
import static nl.municipalnetworks.localplatform.SeedJson.idOf;
import static nl.municipalnetworks.localplatform.SeedJson.orNull;
import static nl.municipalnetworks.localplatform.SeedJson.required;

/**
 * The pillar seed file ({@code /seed/pillar-seed.json}) turned into request bodies of pillar-service's API. Pillars
 * and themes are named by network and code ({@link #key}); people and municipalities by name, resolved to
 * member-service's ids by the loader. Pure data work, no HTTP.
 */
final class PillarSeed {

    static final String RESOURCE = "/seed/pillar-seed.json";

    /** A pillar and, when the seeds name them, its chair and vice-chair (from the pillar's first day). */
    record PillarEntry(String key, ObjectNode body, PersonRef chair, PersonRef viceChair) {
    }

    /** A person as the seed documents name them: full name and municipality. */
    record PersonRef(String fullName, String municipality) {
        String key() {
            return fullName + " (" + municipality + ")";
        }
    }

    record ThemeEntry(String key, ObjectNode body) {
    }

    /** A request body for something of this network. */
    record ForNetwork(String network, ObjectNode body) {
    }

    /** A cross-reference between two themes, by key. */
    record Reference(String fromKey, String toKey) {
    }

    private final JsonNode root;

    private PillarSeed(JsonNode root) {
        this.root = root;
    }

    static PillarSeed fromClasspath() {
        return new PillarSeed(SeedJson.fromClasspath(RESOURCE));
    }

    static String key(String network, String code) {
        return network + "/" + code;
    }

    /** POST /v1/pillars; the roles follow through POST /v1/pillars/{id}/roles. */
    List<PillarEntry> pillars() {
        List<PillarEntry> entries = new ArrayList<>();
        for (JsonNode pillar : array(root, "pillars")) {
            String network = required(pillar, "network", "pillars");
            String code = required(pillar, "code", "pillars");
            ObjectNode body = NODES.objectNode();
            body.put("network", network);
            body.put("code", code);
            body.put("name", required(pillar, "name", "pillars"));
            body.set("description", orNull(pillar, "description"));
            body.put("validFrom", required(pillar, "validFrom", "pillars"));
            body.set("validTo", orNull(pillar, "validTo"));
            entries.add(new PillarEntry(key(network, code), body, person(pillar, "chair"), person(pillar, "viceChair")));
        }
        return entries;
    }

    /** POST /v1/pillars/{id}/roles for a role that starts on the pillar's first day. */
    static ObjectNode appointment(String role, String personId, PillarEntry pillar) {
        ObjectNode body = NODES.objectNode();
        body.put("role", role);
        body.put("personId", personId);
        body.put("from", pillar.body().get("validFrom").asText());
        return body;
    }

    /** POST /v1/themes, given the ids pillar-service assigned to the pillars. */
    List<ThemeEntry> themes(Map<String, String> pillarIds) {
        List<ThemeEntry> entries = new ArrayList<>();
        for (JsonNode theme : array(root, "themes")) {
            String network = required(theme, "network", "themes");
            String code = required(theme, "code", "themes");
            ObjectNode body = NODES.objectNode();
            body.put("network", network);
            body.put("code", code);
            String pillar = theme.path("pillar").asText(null);
            if (pillar == null) {
                body.putNull("pillarId"); // a standing theme group, like G40's Europa
            } else {
                body.put("pillarId", idOf(pillarIds, key(network, pillar), "pillar", "theme " + code));
            }
            body.put("name", required(theme, "name", "themes"));
            body.set("description", orNull(theme, "description"));
            entries.add(new ThemeEntry(key(network, code), body));
        }
        return entries;
    }

    /** For POST /v1/themes/{id}/references; the API records each pair once, whichever way it is named. */
    List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        for (JsonNode reference : array(root, "themeReferences")) {
            String network = required(reference, "network", "themeReferences");
            references.add(new Reference(key(network, required(reference, "from", "themeReferences")),
                    key(network, required(reference, "to", "themeReferences"))));
        }
        return references;
    }

    /** POST /v1/activities, given the ids of the themes. */
    List<ForNetwork> activities(Map<String, String> themeIds) {
        List<ForNetwork> bodies = new ArrayList<>();
        for (JsonNode activity : array(root, "activities")) {
            String network = required(activity, "network", "activities");
            String title = required(activity, "title", "activities");
            if (activity.path("participants").size() > 0) {
                // The seeds name no municipality that takes part in an activity, nor since when.
                throw new IllegalStateException("Seed file: participants of activities are not supported: " + title);
            }
            ObjectNode body = NODES.objectNode();
            body.put("themeId", idOf(themeIds, key(network, required(activity, "theme", "activities")), "theme",
                    "activity " + title));
            body.put("kind", required(activity, "kind", "activities"));
            body.put("title", title);
            body.set("description", orNull(activity, "description"));
            body.set("target", orNull(activity, "target"));
            body.set("status", orNull(activity, "status"));
            bodies.add(new ForNetwork(network, body));
        }
        return bodies;
    }

    /** POST /v1/showcases, given the ids of the themes and of the municipalities (by name). */
    List<ForNetwork> showcases(Map<String, String> themeIds, Map<String, String> municipalityIds) {
        List<ForNetwork> bodies = new ArrayList<>();
        for (JsonNode showcase : array(root, "showcases")) {
            String network = required(showcase, "network", "showcases");
            String title = required(showcase, "title", "showcases");
            ObjectNode body = NODES.objectNode();
            body.put("network", network);
            String theme = showcase.path("theme").asText(null);
            if (theme == null) {
                body.putNull("themeId");
            } else {
                body.put("themeId", idOf(themeIds, key(network, theme), "theme", "showcase " + title));
            }
            body.put("municipalityId", idOf(municipalityIds, required(showcase, "municipality", "showcases"),
                    "municipality", "showcase " + title));
            body.put("title", title);
            body.put("story", required(showcase, "story", "showcases"));
            bodies.add(new ForNetwork(network, body));
        }
        return bodies;
    }

    private static PersonRef person(JsonNode pillar, String role) {
        JsonNode person = pillar.path(role);
        if (person.isMissingNode() || person.isNull()) {
            return null;
        }
        return new PersonRef(required(person, "person", "pillars." + role), required(person, "municipality", "pillars." + role));
    }
}
