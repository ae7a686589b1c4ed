package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the seed data through member-service's REST API, so that the data passes the same validation and
 * produces the same events as data entered by users. Skips everything when network M50 already exists.
 */
final class SeedLoader {

    static final String MARKER_NETWORK = "M50";

    private final ApiClient api;
    private final SeedData seed;
    /** Written after a complete load; lives in the data folder so that ./platform reset removes it too. */
    private final Path completeMarker;

    SeedLoader(ApiClient api, SeedData seed, Path completeMarker) {
        this.api = api;
        this.seed = seed;
        this.completeMarker = completeMarker;
    }

    /** @return true when data was loaded, false when it was already there */
    boolean loadUnlessPresent() {
        if (alreadyLoaded()) {
            Console.info("seed data already loaded (network %s exists); skipped", MARKER_NETWORK);
            if (!Files.exists(completeMarker)) {
                // M50 is created first, so an earlier load that failed halfway also lands here.
                Console.info("WARNING: an earlier seed load did not finish (no %s); ./platform reset starts over",
                        completeMarker.getFileName());
            }
            return false;
        }
        Counts counts = new Counts();
        for (ObjectNode network : seed.networks()) {
            api.create("/v1/networks", network);
            counts.networks++;
        }
        for (ObjectNode partner : seed.partners()) {
            api.create("/v1/partners", partner);
            counts.partners++;
        }
        Map<String, String> municipalityIds = new HashMap<>();
        for (SeedData.Named municipality : seed.municipalities()) {
            municipalityIds.put(municipality.name(), idOf(api.create("/v1/municipalities", municipality.body())));
            counts.municipalities++;
        }
        Console.info("seed: %d municipalities created", counts.municipalities);
        for (SeedData.Population population : seed.populations()) {
            api.create("/v1/municipalities/" + municipalityIds.get(population.municipality()) + "/population-counts",
                    population.body());
            counts.populationCounts++;
        }
        for (ObjectNode membership : seed.memberships(municipalityIds)) {
            api.create("/v1/memberships", membership);
            counts.memberships++;
        }
        Console.info("seed: %d memberships created", counts.memberships);
        for (ObjectNode merger : seed.mergers(municipalityIds)) {
            api.create("/v1/municipal-mergers", merger);
            counts.mergers++;
        }
        Map<String, String> personIds = new HashMap<>();
        for (SeedData.Named person : seed.people(municipalityIds)) {
            personIds.put(person.name(), idOf(api.create("/v1/people", person.body())));
            counts.people++;
        }
        for (SeedData.ForNetwork position : seed.boardPositions(personIds)) {
            api.create("/v1/networks/" + position.network() + "/board-positions", position.body());
            counts.boardPositions++;
        }
        for (SeedData.ForNetwork seat : seed.vngCommitteeSeats(personIds)) {
            api.create("/v1/networks/" + seat.network() + "/vng-committee-seats", seat.body());
            counts.vngCommitteeSeats++;
        }
        Console.info("seed data loaded: %s", counts);
        try {
            Files.createDirectories(completeMarker.getParent());
            Files.writeString(completeMarker, counts + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + completeMarker, e);
        }
        return true;
    }

    private boolean alreadyLoaded() {
        JsonNode answer = api.get("/v1/networks");
        // A plain list today; a page ({"items": [...]}) is accepted too, in case the endpoint gets paged.
        JsonNode networks = answer.isArray() ? answer : answer.path("items");
        for (JsonNode network : networks) {
            if (MARKER_NETWORK.equals(network.path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String idOf(JsonNode created) {
        String id = created.path("id").asText(null);
        if (id == null) {
            throw new IllegalStateException("member-service answered 201 without an id: " + created);
        }
        return id;
    }

    private static final class Counts {
        int networks;
        int partners;
        int municipalities;
        int populationCounts;
        int memberships;
        int mergers;
        int people;
        int boardPositions;
        int vngCommitteeSeats;

        @Override
        public String toString() {
            return networks + " networks, " + partners + " partners, " + municipalities + " municipalities, "
                    + populationCounts + " population counts, " + memberships + " memberships, " + mergers + " mergers, " + people
                    + " people, " + boardPositions + " board positions, " + vngCommitteeSeats + " VNG committee seats";
        }
    }
}
