package nl.municipalnetworks.events.actionitem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class ActionItemApiTest {

    private static String event(String user) {
        return as(user).body(EventsApi.eventBody("M50", "MEMBERS", 50)).post("/v1/events").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> item(String description, String ownerName, UUID municipalityId, LocalDate due) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("ownerName", ownerName);
        body.put("ownerEmail", "owner-" + UUID.randomUUID() + "@example.nl");
        if (municipalityId != null) {
            body.put("ownerMunicipalityId", municipalityId.toString());
        }
        body.put("ownerPillar", "Sociaal Domein");
        body.put("dueDate", due.toString());
        return body;
    }

    private static String add(String eventId, Map<String, Object> body) {
        return as("m50-secretariat").body(body).post("/v1/events/" + eventId + "/action-items").then().statusCode(201)
                .body("status", is("OPEN")).extract().path("id");
    }

    private static void change(String user, String id, String status, int expected) {
        as(user).body(Map.of("status", status)).post("/v1/action-items/" + id + "/status-changes").then().statusCode(expected);
    }

    record Listed(String name, ActionItemStatus status, LocalDate dueDate, OffsetDateTime createdAt, UUID id)
            implements OverdueFirst.Item {
    }

    private static List<Listed> listed(JsonPath json) {
        List<Listed> items = new ArrayList<>();
        List<Map<String, Object>> raw = json.getList("items");
        for (Map<String, Object> i : raw) {
            items.add(new Listed((String) i.get("description"), ActionItemStatus.valueOf((String) i.get("status")),
                    LocalDate.parse((String) i.get("dueDate")), OffsetDateTime.parse((String) i.get("createdAt")),
                    UUID.fromString((String) i.get("id"))));
        }
        return items;
    }

    @Test
    void theOpenItemsOfANetworkAndOwnerComeOverdueFirstThenByDueDate() {
        LocalDate today = DutchTime.today();
        String owner = "Sanne van 't Veld " + UUID.randomUUID();
        String assembly = event("m50-secretariat");
        String drinks = event("platform-admin");
        add(assembly, item("later", owner, null, today.plusDays(20)));
        add(drinks, item("long overdue", owner, null, today.minusDays(30)));
        add(assembly, item("today", owner, null, today));
        add(assembly, item("overdue", owner, null, today.minusDays(2)));
        String done = add(drinks, item("done", owner, null, today.minusDays(60)));
        change("m50-secretariat", done, "DONE", 200);
        add(assembly, item("someone else's", "Someone Else " + UUID.randomUUID(), null, today.minusDays(90)));

        JsonPath open = as("m50-board").get("/v1/action-items?network=M50&status=OPEN&owner=" + owner.substring(18))
                .then().statusCode(200).body("totalItems", is(4)).extract().jsonPath();
        assertThat(listed(open)).extracting(Listed::name).containsExactly("long overdue", "overdue", "today", "later");
        assertThat(open.getList("items.overdue", Boolean.class)).containsExactly(true, true, false, false);
        assertThat(open.getList("items.network", String.class)).containsOnly("M50");

        JsonPath all = as("m50-secretariat").get("/v1/action-items?network=M50&owner=" + owner.substring(18) + "&pageSize=3")
                .then().statusCode(200).body("totalItems", is(5)).body("totalPages", is(2)).extract().jsonPath();
        List<Listed> firstPage = listed(all);
        List<Listed> sorted = new ArrayList<>(firstPage);
        sorted.sort(OverdueFirst.comparator(today));
        assertThat(firstPage).isEqualTo(sorted);
        assertThat(firstPage).extracting(Listed::name).containsExactly("long overdue", "overdue", "done");

        as("m50-secretariat").get("/v1/action-items?network=M50&owner=" + owner.substring(18) + "&sort=-dueDate")
                .then().statusCode(200).body("items.description", is(List.of("later", "today", "overdue", "long overdue", "done")));
        as("m50-secretariat").get("/v1/events/" + assembly + "/action-items").then().statusCode(200)
                .body("items.description", is(List.of("someone else's", "overdue", "today", "later")))
                .body("items[0].ownerPillar", is("Sociaal Domein")).body("items[0].eventTitle", is(org.hamcrest.Matchers.startsWith("ALV M50")));
    }

    @Test
    void anOfficialSeesAndMarksDoneOnlyItsOwnMunicipalitysItems() {
        EventsApi.Member zeist = EventsApi.zeist();
        EventsApi.Member waalwijk = EventsApi.waalwijk();
        LocalDate due = DutchTime.today().plusDays(14);
        String eventId = event("m50-secretariat");
        String zeists = add(eventId, item("Zeist levert de cijfers aan", "Anouk de Vries", zeist.municipalityId(), due));
        String waalwijks = add(eventId, item("Waalwijk deelt het convenant", "Bram 't Hooft", waalwijk.municipalityId(), due));
        add(eventId, item("Secretariaat stuurt het verslag rond", "Secretariaat M50", null, due));

        as("zeist-official").get("/v1/events/" + eventId + "/action-items").then().statusCode(200)
                .body("items.id", is(List.of(zeists))).body("items[0].ownerMunicipalityName", is("Zeist"));
        as("zeist-official").get("/v1/action-items?network=M50&owner=Anouk").then().statusCode(200)
                .body("items.ownerMunicipalityId", org.hamcrest.Matchers.everyItem(is(zeist.municipalityId().toString())));
        as("m50-board").get("/v1/events/" + eventId + "/action-items").then().statusCode(200).body("totalItems", is(3));

        change("zeist-official", waalwijks, "DONE", 403);
        change("zeist-official", zeists, "CANCELLED", 403);
        change("m50-board", zeists, "DONE", 403);
        change("g40-secretariat", zeists, "DONE", 403);
        change("zeist-official", zeists, "DONE", 200);
        change("zeist-official", zeists, "OPEN", 403);

        // reopened by the secretariat, then cancelled: final
        change("m50-secretariat", zeists, "OPEN", 200);
        change("m50-secretariat", zeists, "CANCELLED", 200);
        as("m50-secretariat").body(Map.of("status", "OPEN")).post("/v1/action-items/" + zeists + "/status-changes").then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("CANCELLED is final"));

        as("m50-treasurer").get("/v1/action-items?network=M50").then().statusCode(403);
        as("g40-secretariat").get("/v1/action-items?network=M50").then().statusCode(403);
        as("m50-secretariat").body(item("Niet van ons", "X", null, due)).post("/v1/events/" + eventId + "/action-items").then().statusCode(201);
        as("g40-secretariat").body(item("Niet van ons", "X", null, due)).post("/v1/events/" + eventId + "/action-items").then().statusCode(403);
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret"))
                .get("/v1/action-items?network=M50").then().statusCode(403);
        given().get("/v1/action-items?network=M50").then().statusCode(401);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String eventId = event("m50-secretariat");
        LocalDate due = DutchTime.today().plusDays(7);
        Map<String, Object> body = item("x", "Anouk de Vries", null, due);
        body.put("dueDate", "2025-02-30");
        refused(eventId, body, "dueDate");
        body.put("dueDate", "1999-12-31");
        refused(eventId, body, "dueDate");
        body = item("x".repeat(1001), "Anouk de Vries", null, due);
        refused(eventId, body, "description");
        body = item("x", "Anouk de Vries", null, due);
        body.put("ownerEmail", "geen e-mail");
        refused(eventId, body, "ownerEmail");
        refused(eventId, item("x", "Anouk de Vries", UUID.randomUUID(), due), "ownerMunicipalityId");
        refused(eventId, item("x", "Anouk de Vries", EventsApi.deventer().municipalityId(), due), "ownerMunicipalityId");

        as("m50-secretariat").get("/v1/action-items?network=M50&status=LATER").then().statusCode(400)
                .body("invalidParams[0].name", is("status"));
        as("m50-secretariat").get("/v1/action-items?network=M50&sort=owner").then().statusCode(400)
                .body("invalidParams[0].name", is("sort"));
        as("m50-secretariat").get("/v1/action-items").then().statusCode(400).body("invalidParams[0].name", is("network"));
        as("m50-secretariat").body(Map.of("status", "DONE")).post("/v1/action-items/" + UUID.randomUUID() + "/status-changes")
                .then().statusCode(404);

        as("platform-admin").body(Map.of("status", "CANCELLED")).post("/v1/events/" + eventId + "/status-changes").then().statusCode(200);
        as("m50-secretariat").body(item("x", "Anouk de Vries", null, due)).post("/v1/events/" + eventId + "/action-items")
                .then().statusCode(409);
    }

    private static void refused(String eventId, Map<String, Object> body, String field) {
        as("m50-secretariat").body(body).post("/v1/events/" + eventId + "/action-items").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", is(field));
    }
}
