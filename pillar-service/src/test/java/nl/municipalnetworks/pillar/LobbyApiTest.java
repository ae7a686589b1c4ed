package nl.municipalnetworks.pillar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.pillar.PillarApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Stakeholders with contact persons, lobby items with deadlines, and what is due in the coming weeks. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class LobbyApiTest {

    @Test
    void aPillarChairPreparesAPositionPaperThatShowsUpAsDueUntilItIsSubmitted() {
        String sociaal = PillarApi.pillar("M50", "sociaal", "Sociaal", "2025-01-01");
        String ministry = as("m50-secretariat").body(Map.of("network", "M50", "kind", "MINISTRY",
                        "name", "Ministerie van SZW " + PillarApi.uniqueCode("t")))
                .post("/v1/stakeholders").then().statusCode(201).extract().path("id");
        as("m50-pillar-chair").body(Map.of("name", "Anne-Marie d'Hondt", "jobTitle", "Beleidsadviseur",
                        "email", "a.dhondt@minszw.nl", "phone", "+31 (0)70 333 4444"))
                .post("/v1/stakeholders/" + ministry + "/contacts").then().statusCode(201)
                .body("contacts.name", contains("Anne-Marie d'Hondt"));

        LocalDate today = DutchTime.today();
        String paper = as("m50-pillar-chair").body(Map.of("pillarId", sociaal, "kind", "POSITION_PAPER",
                        "title", "Kansengelijkheid in wijk en buurt", "status", "IN_PROGRESS",
                        "deadline", today.plusDays(10).toString(), "parliamentaryMoment", "Commissiedebat Armoede- en schuldenbeleid",
                        "stakeholderIds", List.of(ministry)))
                .post("/v1/lobby-items").then().statusCode(201)
                .body("pillarName", equalTo("Sociaal"))
                .body("stakeholders.id", contains(ministry))
                .extract().path("id");
        String overdue = as("m50-secretariat").body(Map.of("pillarId", sociaal, "kind", "MESSAGE",
                        "title", "Bericht aan de staatssecretaris", "deadline", today.minusDays(1).toString()))
                .post("/v1/lobby-items").then().statusCode(201).body("status", equalTo("PLANNED")).extract().path("id");

        as("m50-secretariat").get("/v1/networks/M50/lobby-due?weeks=2").then().statusCode(200)
                .body("today", equalTo(today.toString()))
                .body("items.id", hasItem(paper)).body("items.id", hasItem(overdue))
                .body("overdue", greaterThanOrEqualTo(1));
        as("zeist-official").get("/v1/networks/M50/lobby-due?weeks=1").then().statusCode(200)
                .body("items.id", not(hasItem(paper))).body("items.id", hasItem(overdue));

        as("m50-pillar-chair").body(Map.of("status", "SUBMITTED")).put("/v1/lobby-items/" + paper + "/status")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as("m50-secretariat").get("/v1/networks/M50/lobby-due?weeks=2").then().statusCode(200)
                .body("items.id", not(hasItem(paper)));
        as("m50-secretariat").get("/v1/lobby-items?network=M50&status=SUBMITTED&pageSize=100&pillarId=" + sociaal)
                .then().statusCode(200)
                .body("items.id", hasItem(paper))
                .body("items.status", everyItem(equalTo("SUBMITTED")));
    }

    @Test
    void onlyThoseWhoWorkInTheNetworkReadTheLobbyAndOnlyTheChairOfThePillarManagesItsItems() {
        String sociaal = PillarApi.pillar("M50", "sociaal", "Sociaal", "2025-01-01");
        String veiligheid = PillarApi.pillar("M50", "veiligheid", "Veiligheid", "2025-01-01");

        given().get("/v1/lobby-items?network=M50").then().statusCode(401);
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret"))
                .get("/v1/stakeholders?network=M50").then().statusCode(403);
        as("g40-secretariat").get("/v1/lobby-items?network=M50").then().statusCode(403);
        as("platform31-partner").get("/v1/stakeholders?network=M50").then().statusCode(200);

        as("m50-pillar-chair").body(Map.of("pillarId", veiligheid, "kind", "LINE", "title", "Meer handhavers"))
                .post("/v1/lobby-items").then().statusCode(403);
        as("zeist-official").body(Map.of("pillarId", sociaal, "kind", "LINE", "title", "Meer geld voor de wijk"))
                .post("/v1/lobby-items").then().statusCode(403);
        as("g40-secretariat").body(Map.of("network", "M50", "kind", "POLICE", "name", "Politie Midden-Nederland"))
                .post("/v1/stakeholders").then().statusCode(403);
    }

    @Test
    void badInputNamesTheField() {
        String sociaal = PillarApi.pillar("M50", "sociaal", "Sociaal", "2025-01-01");
        as("m50-secretariat").body(Map.of("pillarId", sociaal, "kind", "POSITION_PAPER", "title", "Zonder deadline"))
                .post("/v1/lobby-items").then().statusCode(400).body("invalidParams[0].name", equalTo("deadline"));
        as("m50-secretariat").body(Map.of("pillarId", sociaal, "kind", "LINE", "title", "X",
                        "stakeholderIds", List.of(java.util.UUID.randomUUID())))
                .post("/v1/lobby-items").then().statusCode(400).body("invalidParams[0].name", equalTo("stakeholderIds"));
        as("m50-secretariat").get("/v1/networks/M50/lobby-due?weeks=0").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("weeks"));
        as("m50-secretariat").get("/v1/lobby-items?network=M50&status=OPEN").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("status"));
        String name = "Aedes " + PillarApi.uniqueCode("t");
        String aedes = as("m50-secretariat").body(Map.of("network", "M50", "kind", "SECTOR_ORGANISATION", "name", name))
                .post("/v1/stakeholders").then().statusCode(201).extract().path("id");
        as("m50-secretariat").body(Map.of("network", "M50", "kind", "SECTOR_ORGANISATION", "name", name.toUpperCase()))
                .post("/v1/stakeholders").then().statusCode(409).body("invalidParams[0].name", equalTo("name"));
        as("m50-secretariat").body(Map.of("name", "Jan", "phone", "bel me"))
                .post("/v1/stakeholders/" + aedes + "/contacts").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("phone"));
    }
}
