package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped seed file turns into the request bodies that member-service's API expects. */
class SeedDataTest {

    private final SeedData seed = SeedData.fromClasspath();

    @Test
    void networksCarryTheGrowthTargetOnlyWhereThereIsOne() {
        Map<String, ObjectNode> byCode = seed.networks().stream()
                .collect(Collectors.toMap(n -> n.get("code").asText(), n -> n));
        assertEquals(2, byCode.size());
        assertEquals(40, byCode.get("M50").at("/growthTarget/baseline").asInt());
        assertEquals(50, byCode.get("M50").at("/growthTarget/target").asInt());
        assertTrue(byCode.get("G40").get("growthTarget").isNull());
        assertEquals(List.of("code", "name", "description", "growthTarget", "noticeRule"), fieldNames(byCode.get("M50")));
        assertEquals("09-01", byCode.get("M50").at("/noticeRule/noticeBefore").asText());
        assertEquals("01-01", byCode.get("M50").at("/noticeRule/takesEffectOn").asText());
    }

    @Test
    void theTwoMergersOfFormerM50MembersAreRecordedWithTheirSuccessors() {
        Map<String, String> ids = fakeIds(seed.municipalities());
        List<ObjectNode> mergers = seed.mergers(ids);
        assertEquals(2, mergers.size());
        ObjectNode dijkEnWaard = mergers.get(0);
        assertEquals("2022-01-01", dijkEnWaard.get("mergedOn").asText());
        assertEquals(ids.get("Dijk en Waard"), dijkEnWaard.get("successorId").asText());
        assertEquals(List.of(ids.get("Heerhugowaard"), ids.get("Langedijk")),
                names(dijkEnWaard.get("mergingMunicipalityIds")));
        ObjectNode voorneAanZee = mergers.get(1);
        assertEquals("2023-01-01", voorneAanZee.get("mergedOn").asText());
        assertEquals(ids.get("Voorne aan Zee"), voorneAanZee.get("successorId").asText());
        assertTrue(names(voorneAanZee.get("mergingMunicipalityIds")).contains(ids.get("Hellevoetsluis")));
    }

    private static List<String> names(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void membershipsReferToTheMunicipalityIdsAndKeepUnknownJoinDatesNull() {
        Map<String, String> ids = fakeIds(seed.municipalities());
        List<ObjectNode> memberships = seed.memberships(ids);

        assertEquals(45, memberships.stream().filter(m -> m.get("network").asText().equals("M50")).count());
        List<ObjectNode> g40 = memberships.stream().filter(m -> m.get("network").asText().equals("G40")).toList();
        assertEquals(1, g40.size());
        assertEquals(ids.get("Deventer"), g40.get(0).get("municipalityId").asText());
        assertTrue(g40.get(0).get("joinedOn").isNull());
        assertTrue(memberships.stream().allMatch(m -> m.get("status").asText().equals("MEMBER")));
        assertEquals(List.of("network", "municipalityId", "status", "joinedOn"), fieldNames(memberships.get(0)));
        // Every membership points at a municipality that the seed creates.
        assertTrue(memberships.stream().allMatch(m -> ids.containsValue(m.get("municipalityId").asText())));
    }

    @Test
    void deventerHasItsPopulationOnTheCbsReferenceDate() {
        List<SeedData.Population> populations = seed.populations();
        assertEquals(1, populations.size());
        assertEquals("Deventer", populations.get(0).municipality());
        JsonNode body = populations.get(0).body();
        assertEquals("2022-01-01", body.get("referenceDate").asText());
        assertEquals(101446, body.get("inhabitants").asInt());
        // The document title, not the seed file's internal id, and within the API's 200 characters.
        assertTrue(body.get("source").asText().startsWith("Deventer: besluit"), body.toString());
        assertTrue(body.get("source").asText().length() <= 200);
    }

    @Test
    void municipalitiesSendOnlyApiFieldsWithDutchProvinceNames() {
        List<SeedData.Named> municipalities = seed.municipalities();
        assertEquals(51, municipalities.size());
        ObjectNode deventer = municipalities.stream().filter(m -> m.name().equals("Deventer")).findFirst()
                .orElseThrow().body();
        assertEquals("GM0150", deventer.get("cbsCode").asText());
        assertEquals("Overijssel", deventer.get("province").asText());
        assertEquals(List.of("cbsCode", "name", "province", "cluster"), fieldNames(deventer));
    }

    @Test
    void pillarChairsBecomePeopleOnceAndBoardPositionsUseTheirIds() {
        List<SeedData.Named> people = seed.people(fakeIds(seed.municipalities()));
        List<String> names = people.stream().map(SeedData.Named::name).toList();
        assertEquals(names.stream().distinct().count(), names.size(), "no person twice: " + names);
        assertTrue(names.containsAll(List.of("Arno Janssen", "Laura Hoogstraten", "Cees van den Bos",
                "Philip van Veller", "Eva Boswinkel", "Nol Kleijngeld")), names.toString());

        Map<String, String> personIds = fakeIds(people);
        List<SeedData.ForNetwork> board = seed.boardPositions(personIds);
        assertEquals(2, board.size());
        SeedData.ForNetwork chair = board.get(0);
        assertEquals("M50", chair.network());
        assertEquals(personIds.get("Eva Boswinkel"), chair.body().get("personId").asText());
        assertEquals("CHAIR", chair.body().get("position").asText());
        assertTrue(chair.body().get("startsOn").isNull(), "seed 'from' null becomes startsOn null");
        assertEquals(List.of("personId", "position", "portfolio", "startsOn"), fieldNames(chair.body()));
    }

    @Test
    void aPillarChairMissingFromPeopleIsCreatedWithSplitName() throws Exception {
        SeedData onlyChair = SeedData.parse(json("""
                {"municipalities": [{"name": "Goes"}],
                 "people": [],
                 "pillarChairs": [{"network": "M50", "pillar": "Veiligheid", "person": "Cees van den Bos",
                                   "municipality": "Goes", "year": 2025}]}"""));
        List<SeedData.Named> people = onlyChair.people(Map.of("Goes", "id-goes"));
        assertEquals(1, people.size());
        ObjectNode body = people.get(0).body();
        assertEquals("Cees", body.get("firstName").asText());
        assertEquals("van den Bos", body.get("lastName").asText());
        assertEquals("id-goes", body.get("municipalityId").asText());
        assertTrue(body.get("role").isNull());
    }

    @Test
    void aMembershipOfAnUndefinedMunicipalityIsRejectedWithItsName() throws Exception {
        SeedData broken = SeedData.parse(json("""
                {"municipalities": [],
                 "memberships": [{"network": "M50", "municipality": "Atlantis", "status": "MEMBER"}]}"""));
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> broken.memberships(Map.of()));
        assertTrue(error.getMessage().contains("Atlantis"), error.getMessage());
    }

    private static Map<String, String> fakeIds(List<SeedData.Named> named) {
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            ids.put(named.get(i).name(), "00000000-0000-0000-0000-" + String.format("%012d", i));
        }
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
