package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the pillar seed through pillar-service's API. People and municipalities are member-service's: their ids are
 * looked up there by name. pillar-service learns them from member-events, so right after the first start an
 * appointment is refused (400 on personId) until its view has caught up; the loader waits for that (up to {@link ApiClient#VIEW_WAIT}).
 * A marker file in the data folder records a complete load.
 */
final class PillarSeedLoader {

    private final ApiClient pillarApi;
    private final ApiClient memberApi;
    private final PillarSeed seed;
    private final Path completeMarker;

    PillarSeedLoader(ApiClient pillarApi, ApiClient memberApi, PillarSeed seed, Path completeMarker) {
        this.pillarApi = pillarApi;
        this.memberApi = memberApi;
        this.seed = seed;
        this.completeMarker = completeMarker;
    }

    /**
     * Loads what is not there yet. Every entry is looked up first (pillars and themes by code, activities and
     * showcases by title), so a load that stopped halfway picks up where it was rather than duplicating.
     */
    void loadUnlessPresent(Console.Step step) {
        if (Files.exists(completeMarker)) {
            Console.info("pillar seed already loaded (%s); skipped", completeMarker.getFileName());
            return;
        }
        Map<String, String> municipalityIds = new HashMap<>();
        for (JsonNode municipality : memberApi.getAllPages("/v1/municipalities?sort=name")) {
            municipalityIds.put(municipality.path("name").asText(), municipality.path("id").asText());
        }
        Map<String, String> personIds = new HashMap<>();
        for (JsonNode person : memberApi.getAllPages("/v1/people?sort=lastName")) {
            PillarSeed.PersonRef ref = new PillarSeed.PersonRef(
                    person.path("firstName").asText() + " " + person.path("lastName").asText(),
                    person.path("municipalityName").asText());
            personIds.put(ref.key(), person.path("id").asText());
        }
        Existing existing = new Existing();
        Counts counts = new Counts();

        Map<String, String> pillarIds = new HashMap<>();
        for (PillarSeed.PillarEntry pillar : seed.pillars()) {
            JsonNode present = existing.pillar(pillar.key());
            String pillarId;
            if (present != null) {
                pillarId = present.path("id").asText();
            } else {
                pillarId = idOf(pillarApi.create("/v1/pillars", pillar.body()));
                counts.pillars++;
            }
            pillarIds.put(pillar.key(), pillarId);
            if (present == null || present.path("chair").isNull()) {
                counts.roles += appoint(pillarId, "CHAIR", pillar.chair(), pillar, personIds, step);
            }
            if (present == null || present.path("viceChair").isNull()) {
                counts.roles += appoint(pillarId, "VICE_CHAIR", pillar.viceChair(), pillar, personIds, step);
            }
        }
        Map<String, String> themeIds = new HashMap<>();
        for (PillarSeed.ThemeEntry theme : seed.themes(pillarIds)) {
            JsonNode present = existing.theme(theme.key());
            themeIds.put(theme.key(), present != null ? present.path("id").asText()
                    : idOf(pillarApi.create("/v1/themes", theme.body())));
            counts.themes += present == null ? 1 : 0;
        }
        for (PillarSeed.Reference reference : seed.references()) {
            // Linking again changes nothing, so references need no lookup.
            ObjectNode body = SeedJson.NODES.objectNode()
                    .put("otherThemeId", SeedJson.idOf(themeIds, reference.toKey(), "theme", "a theme reference"));
            pillarApi.create("/v1/themes/" + SeedJson.idOf(themeIds, reference.fromKey(), "theme", "a theme reference")
                    + "/references", body);
            counts.references++;
        }
        for (PillarSeed.ForNetwork activity : seed.activities(themeIds)) {
            if (!existing.has("/v1/activities?network=" + activity.network(), activity.body())) {
                pillarApi.create("/v1/activities", activity.body());
                counts.activities++;
            }
        }
        for (PillarSeed.ForNetwork showcase : seed.showcases(themeIds, municipalityIds)) {
            if (!existing.has("/v1/showcases?network=" + showcase.network(), showcase.body())) {
                pillarApi.create("/v1/showcases", showcase.body());
                counts.showcases++;
            }
        }
        Console.info("pillar seed loaded: %s", counts);
        try {
            Files.createDirectories(completeMarker.getParent());
            Files.writeString(completeMarker, counts + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + completeMarker, e);
        }
    }

    /** What pillar-service already has, read once per network and list (every page of it). */
    private final class Existing {
        private final Map<String, List<JsonNode>> lists = new HashMap<>();

        JsonNode pillar(String key) {
            return byCode("/v1/pillars?network=", key);
        }

        JsonNode theme(String key) {
            return byCode("/v1/themes?network=", key);
        }

        /** Whether the list has an item with the same theme (or none) and title as this request body. */
        boolean has(String listPath, ObjectNode body) {
            for (JsonNode item : list(listPath)) {
                if (item.path("title").asText().equals(body.path("title").asText())
                        && item.path("themeId").asText().equals(body.path("themeId").asText())) {
                    return true;
                }
            }
            return false;
        }

        private JsonNode byCode(String listPath, String key) {
            String network = key.substring(0, key.indexOf('/'));
            String code = key.substring(key.indexOf('/') + 1);
            for (JsonNode item : list(listPath + network)) {
                if (item.path("code").asText().equals(code)) {
                    return item;
                }
            }
            return null;
        }

        private List<JsonNode> list(String path) {
            return lists.computeIfAbsent(path, pillarApi::getAllPages);
        }
    }

    private static final class Counts {
        int pillars;
        int roles;
        int themes;
        int references;
        int activities;
        int showcases;

        @Override
        public String toString() {
            return pillars + " pillars, " + roles + " chairs, " + themes + " themes, " + references + " theme references, "
                    + activities + " activities, " + showcases + " showcases";
        }
    }

    /** @return 1 when someone was appointed, 0 when the seeds name nobody for the role */
    private int appoint(String pillarId, String role, PillarSeed.PersonRef person, PillarSeed.PillarEntry pillar,
                        Map<String, String> personIds, Console.Step step) {
        if (person == null) {
            return 0;
        }
        String personId = SeedJson.idOf(personIds, person.key(), "person", pillar.key() + " " + role);
        pillarApi.createOnceKnown("/v1/pillars/" + pillarId + "/roles", PillarSeed.appointment(role, personId, pillar), "personId",
                () -> step.detail("waiting for pillar-service to learn " + person.fullName() + " from member-events"));
        return 1;
    }

    private static String idOf(JsonNode created) {
        String id = created.path("id").asText(null);
        if (id == null) {
            throw new IllegalStateException("pillar-service answered 201 without an id: " + created);
        }
        return id;
    }
}
