package nl.municipalnetworks.pillar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.pillar.PillarApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.pillar.PillarApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A pillar's year plan with goals evaluated in July and November; members' success stories. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class YearPlanAndShowcaseApiTest {

    @Test
    void goalsAreEvaluatedInJulyAndNovemberAndThePlanShowsTheLatestOutcome() {
        String pillar = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("ruimte"),
                "name", "Ruimte en Economie", "validFrom", "2025-01-01")).post("/v1/pillars").then().statusCode(201).extract().path("id");
        String plan = as("m50-secretariat").body(Map.of("pillarId", pillar, "year", 2025,
                        "focusFirstHalf", "Bouwen-bouwen-bouwen", "focusSecondHalf", "Economische groei",
                        "priorities", List.of("Woningbouw", "Bereikbaarheid"),
                        "goals", List.of("Gesprek met de minister van VRO", "Een gezamenlijke propositie")))
                .post("/v1/year-plans").then().statusCode(201)
                .body("priorities", contains("Woningbouw", "Bereikbaarheid"))
                .body("goals.position", contains(1, 2))
                .body("goals[0].latest", nullValue())
                .extract().path("id");
        String goal = given().get("/v1/year-plans/" + plan).then().statusCode(200).extract().path("goals[0].id");

        as("m50-secretariat").body(Map.of("evaluatedOn", "2025-07-08", "outcome", "ON_TRACK", "remarks", "Afspraak staat"))
                .post("/v1/year-plans/" + plan + "/goals/" + goal + "/evaluations").then().statusCode(201)
                .body("goals[0].latest", equalTo("ON_TRACK"));
        as("m50-secretariat").body(Map.of("evaluatedOn", "2025-11-18", "outcome", "ACHIEVED"))
                .post("/v1/year-plans/" + plan + "/goals/" + goal + "/evaluations").then().statusCode(201)
                .body("goals[0].latest", equalTo("ACHIEVED"))
                .body("goals[0].evaluations.evaluatedOn", contains("2025-07-08", "2025-11-18"));
        as("m50-secretariat").body(Map.of("evaluatedOn", "2025-11-18", "outcome", "BEHIND"))
                .post("/v1/year-plans/" + plan + "/goals/" + goal + "/evaluations").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("evaluatedOn"));
        as("m50-secretariat").body(Map.of("evaluatedOn", DutchTime.today().plusDays(1).toString(), "outcome", "BEHIND"))
                .post("/v1/year-plans/" + plan + "/goals/" + goal + "/evaluations").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("evaluatedOn"));
        as("m50-secretariat").body(Map.of("description", "Een werkbezoek van de Kamercommissie"))
                .post("/v1/year-plans/" + plan + "/goals").then().statusCode(201)
                .body("goals.position", contains(1, 2, 3));

        as("m50-secretariat").body(Map.of("pillarId", pillar, "year", 2025))
                .post("/v1/year-plans").then().statusCode(409).body("invalidParams[0].name", equalTo("year"));
        as("m50-secretariat").body(Map.of("pillarId", pillar, "year", 2024))
                .post("/v1/year-plans").then().statusCode(400).body("invalidParams[0].name", equalTo("year"));
        given().get("/v1/year-plans?network=M50&year=2025&pillarId=" + pillar).then().statusCode(200)
                .body("items.id", contains(plan)).body("totalItems", equalTo(1));
        given().get("/v1/year-plans?network=M50&year=twee").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("year"));
    }

    @Test
    void aPillarChairPlansTheirOwnPillarOnly() {
        String sociaal = PillarApi.pillar("M50", "sociaal", "Sociaal", "2025-01-01");
        String other = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("financien"),
                "name", "Financiën", "validFrom", "2025-01-01")).post("/v1/pillars").then().statusCode(201).extract().path("id");
        // The chair's pillar has a fixed code, so it outlives a test: plan a year it has no plan for yet.
        List<Integer> planned = given().get("/v1/year-plans?network=M50&pageSize=100&pillarId=" + sociaal).then()
                .statusCode(200).extract().path("items.year");
        int year = planned.stream().mapToInt(Integer::intValue).max().orElse(2025) + 1;
        as("m50-pillar-chair").body(Map.of("pillarId", sociaal, "year", year, "goals", List.of("Structureel partner van het Rijk")))
                .post("/v1/year-plans").then().statusCode(201);
        as("m50-pillar-chair").body(Map.of("pillarId", other, "year", 2026)).post("/v1/year-plans").then().statusCode(403);
        as("zeist-official").body(Map.of("pillarId", sociaal, "year", 2026)).post("/v1/year-plans").then().statusCode(403);
        given().body(Map.of("pillarId", sociaal, "year", 2026)).contentType("application/json")
                .post("/v1/year-plans").then().statusCode(401);
    }

    @Test
    void successStoriesArePublicWithTheMunicipalityAndOptionallyATheme() {
        Member rijswijk = PillarApi.member("M50", "Rijswijk", "GM0603", LocalDate.of(2019, 1, 1));
        String pillar = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("economie"),
                "name", "Economie & Fysieke leefomgeving", "validFrom", "2019-01-01", "validTo", "2022-12-31"))
                .post("/v1/pillars").then().statusCode(201).extract().path("id");
        String smartCity = as("m50-secretariat").body(Map.of("network", "M50", "code", PillarApi.uniqueCode("smart-city"),
                "pillarId", pillar, "name", "Smart City")).post("/v1/themes").then().statusCode(201).extract().path("id");

        String summit = as("m50-secretariat").body(Map.of("network", "M50", "themeId", smartCity,
                        "municipalityId", rijswijk.municipalityId(), "title", "Sharing Cities Summit",
                        "story", "Rijswijk ontving de Sharing Cities Summit.", "publishedOn", "2019-04-01"))
                .post("/v1/showcases").then().statusCode(201)
                .body("themeName", equalTo("Smart City")).body("municipalityName", equalTo("Rijswijk"))
                .extract().path("id");
        as("m50-secretariat").body(Map.of("network", "M50", "municipalityId", rijswijk.municipalityId(),
                        "title", "Zonder thema", "story", "Een verhaal op zichzelf."))
                .post("/v1/showcases").then().statusCode(201).body("themeId", nullValue());

        given().get("/v1/showcases?network=M50&themeId=" + smartCity).then().statusCode(200)
                .body("items.id", contains(summit)).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret"))
                .get("/v1/showcases/" + summit).then().statusCode(200).body("title", equalTo("Sharing Cities Summit"));

        as("m50-secretariat").body(Map.of("network", "M50", "municipalityId", UUID.randomUUID(), "title", "X", "story", "Y"))
                .post("/v1/showcases").then().statusCode(400).body("invalidParams[0].name", equalTo("municipalityId"));
        as("g40-secretariat").body(Map.of("network", "G40", "themeId", smartCity, "municipalityId", rijswijk.municipalityId(),
                "title", "X", "story", "Y")).post("/v1/showcases").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("themeId"));
        as("m50-pillar-chair").body(Map.of("network", "M50", "themeId", smartCity, "municipalityId", rijswijk.municipalityId(),
                "title", "X", "story", "Y")).post("/v1/showcases").then().statusCode(403);
        given().get("/v1/showcases?network=M50&pageSize=100").then().statusCode(200).body("items.id", hasItem(summit));
    }
}
