package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped pillar seed turns into the request bodies of pillar-service's API, with the facts of the seeds. */
class PillarSeedTest {

    private final PillarSeed seed = PillarSeed.fromClasspath();

    @Test
    void theFour2025PillarsOfM50HaveTheChairsTheYearPlanNames() {
        Map<String, PillarSeed.PersonRef> chairs = seed.pillars().stream()
                .filter(p -> p.chair() != null)
                .collect(Collectors.toMap(PillarSeed.PillarEntry::key, PillarSeed.PillarEntry::chair));
        assertEquals(Map.of(
                "M50/ruimte-en-economie", new PillarSeed.PersonRef("Arno Janssen", "Papendrecht"),
                "M50/sociaal", new PillarSeed.PersonRef("Laura Hoogstraten", "Zeist"),
                "M50/veiligheid", new PillarSeed.PersonRef("Cees van den Bos", "Goes"),
                "M50/financien", new PillarSeed.PersonRef("Philip van Veller", "Leidschendam-Voorburg")), chairs);
        PillarSeed.PillarEntry sociaal = seed.pillars().stream().filter(p -> p.key().equals("M50/sociaal")).findFirst().orElseThrow();
        assertEquals("2025-01-01", PillarSeed.appointment("CHAIR", "id", sociaal).get("from").asText());
        assertTrue(seed.pillars().stream().filter(p -> p.key().endsWith("-2019"))
                .allMatch(p -> p.body().get("validTo").asText().equals("2022-12-31")), "the 2019 pillars ended");
    }

    @Test
    void themesFindTheirPillarAndStandaloneThemeGroupsHaveNone() {
        Map<String, String> pillarIds = fakeIds(seed.pillars().stream().map(PillarSeed.PillarEntry::key).toList());
        Map<String, ObjectNode> themes = seed.themes(pillarIds).stream()
                .collect(Collectors.toMap(PillarSeed.ThemeEntry::key, PillarSeed.ThemeEntry::body));
        assertEquals(pillarIds.get("M50/bestuur-2019"), themes.get("M50/democratie-dichtbij").get("pillarId").asText());
        assertTrue(themes.get("G40/europa").get("pillarId").isNull(), "G40's Europa stands alone");
        assertTrue(seed.references().contains(new PillarSeed.Reference("G40/duurzaamheid", "G40/woningmarkt")));
    }

    @Test
    void theTenExperimentsCarryTheirTarget() {
        Map<String, String> themeIds = fakeIds(seed.themes(fakeIds(seed.pillars().stream().map(PillarSeed.PillarEntry::key).toList()))
                .stream().map(PillarSeed.ThemeEntry::key).toList());
        ObjectNode experiments = seed.activities(themeIds).stream().map(PillarSeed.ForNetwork::body)
                .filter(a -> a.get("title").asText().startsWith("Tien experimenten")).findFirst().orElseThrow();
        assertEquals(10, experiments.at("/target/number").asInt());
        assertEquals(themeIds.get("M50/democratie-dichtbij"), experiments.get("themeId").asText());
    }

    @Test
    void aShowcaseOfAMunicipalityTheSeedsDoNotKnowIsRefusedByName() {
        Map<String, String> themeIds = fakeIds(seed.themes(fakeIds(seed.pillars().stream().map(PillarSeed.PillarEntry::key).toList()))
                .stream().map(PillarSeed.ThemeEntry::key).toList());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> seed.showcases(themeIds, Map.of()));
        assertTrue(e.getMessage().contains("names municipality"), e.getMessage());
    }

    private static Map<String, String> fakeIds(List<String> keys) {
        Map<String, String> ids = new HashMap<>();
        keys.forEach(key -> ids.put(key, "id-of-" + key));
        return ids;
    }
}
