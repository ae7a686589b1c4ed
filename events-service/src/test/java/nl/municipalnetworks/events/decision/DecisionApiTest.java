package nl.municipalnetworks.events.decision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * The secretariat records the decisions of a general assembly that was held; each is announced as decision-recorded
 * (through the outbox, keyed by the event); those who may read the event read them. Another kind of event takes no
 * decisions (409).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class DecisionApiTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    /** A general assembly of M50 held two days ago, for its members, with another network DEC3 (its budget's). */
    private static String heldAssembly(String kind, String audience) {
        Map<String, Object> body = new LinkedHashMap<>(EventsApi.eventBody("M50", audience, null));
        body.put("kind", kind);
        body.put("otherNetworks", List.of("DEC3"));
        body.put("startsAt", EventsApi.inDays(-2, 13));
        body.put("endsAt", EventsApi.inDays(-2, 17));
        return as("platform-admin").body(body).post("/v1/events").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> budgetAdopted() {
        return Map.of("kind", "BUDGET_ADOPTED", "text", "Begroting 2026 vastgesteld",
                "budget", Map.of("network", "DEC3", "year", 2026), "decidedBy", "Algemene ledenvergadering");
    }

    @Test
    void theSecretariatRecordsABudgetsAdoptionWhichIsAnnouncedAndReadByThoseWhoReadTheEvent() {
        String event = heldAssembly("GENERAL_ASSEMBLY", "MEMBERS");
        String meetingDay = EventsApi.inDays(-2, 13).substring(0, 10);
        String id = as("m50-secretariat").body(budgetAdopted()).post("/v1/events/" + event + "/decisions").then().statusCode(201)
                .header("Location", containsString("/v1/events/" + event + "/decisions"))
                .body("kind", is("BUDGET_ADOPTED")).body("text", is("Begroting 2026 vastgesteld"))
                .body("budget.network", is("DEC3")).body("budget.year", is(2026))
                .body("decidedOn", is(meetingDay)).body("decidedBy", is("Algemene ledenvergadering"))
                .body("recordedBy", is("m50-secretariat"))
                .extract().path("id");
        as("m50-secretariat").body(Map.of("kind", "OTHER", "text", "Mevrouw J. de Wit herbenoemd als voorzitter",
                        "decidedOn", TODAY, "decidedBy", "Algemene ledenvergadering"))
                .post("/v1/events/" + event + "/decisions").then().statusCode(201).body("budget", equalTo(null));
        int lastYear = LocalDate.parse(meetingDay).getYear() - 1;
        as("m50-secretariat").body(Map.of("kind", "ANNUAL_ACCOUNTS_ADOPTED", "text", "Jaarrekening " + lastYear + " vastgesteld",
                        "accounts", Map.of("network", "DEC3", "year", lastYear), "decidedBy", "Algemene ledenvergadering"))
                .post("/v1/events/" + event + "/decisions").then().statusCode(201)
                .body("accounts.network", is("DEC3")).body("accounts.year", is(lastYear)).body("budget", equalTo(null));

        assertThat(ServiceDatabase.count("select count(*) from outbox_event where subject = '" + event
                + "' and event_type = 'nl.municipalnetworks.events.decision-recorded.v1' and topic = 'meeting-events'")).isEqualTo(3);
        assertThat(ServiceDatabase.count("select count(*) from outbox_event where subject = '" + event
                + "' and payload like '%\"accounts\":{\"network\":\"DEC3\",\"year\":" + lastYear + "}%'")).isEqualTo(1);
        assertThat(ServiceDatabase.count("select count(*) from outbox_event where subject = '" + event
                + "' and payload like '%\"decisionId\":\"" + id + "\"%' and payload like '%\"budget\":{\"network\":\"DEC3\",\"year\":2026%'"))
                .isEqualTo(1);

        as("zeist-official").get("/v1/events/" + event + "/decisions").then().statusCode(200)
                .body("text", is(List.of("Begroting 2026 vastgesteld", "Jaarrekening " + lastYear + " vastgesteld",
                        "Mevrouw J. de Wit herbenoemd als voorzitter")));
        given().get("/v1/events/" + event + "/decisions").then().statusCode(401);
        as("g40-secretariat").get("/v1/events/" + event + "/decisions").then().statusCode(403);
    }

    @Test
    void onlyAGeneralAssemblyTakesDecisionsAndOnlyItsSecretariatRecordsThem() {
        String webinar = heldAssembly("THEME_SESSION", "PUBLIC");
        as("m50-secretariat").body(budgetAdopted()).post("/v1/events/" + webinar + "/decisions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("only a general assembly"));
        given().get("/v1/events/" + webinar + "/decisions").then().statusCode(200).body("size()", is(0));

        String assembly = heldAssembly("GENERAL_ASSEMBLY", "MEMBERS");
        for (String other : List.of("m50-board", "m50-treasurer", "platform31-partner", "zeist-official", "g40-secretariat")) {
            as(other).body(budgetAdopted()).post("/v1/events/" + assembly + "/decisions").then().statusCode(403);
        }
        assertThat(ServiceDatabase.count("select count(*) from decision where event_id in ('" + webinar + "', '" + assembly + "')"))
                .isZero();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String assembly = heldAssembly("GENERAL_ASSEMBLY", "MEMBERS");
        String path = "/v1/events/" + assembly + "/decisions";
        as("m50-secretariat").body(Map.of("kind", "BUDGET_ADOPTED", "text", "Begroting vastgesteld", "decidedBy", "ALV"))
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("budget"));
        as("m50-secretariat").body(Map.of("kind", "BUDGET_ADOPTED", "text", "Begroting G40", "decidedBy", "ALV",
                "budget", Map.of("network", "G40", "year", 2026))).post(path).then().statusCode(400)
                .body("invalidParams[0].name", is("budget.network"));
        as("m50-secretariat").body(Map.of("kind", "ANNUAL_ACCOUNTS_ADOPTED", "text", "Jaarrekening vastgesteld", "decidedBy", "ALV"))
                .post(path).then().statusCode(400).body("invalidParams[0].name", is("accounts"));
        as("m50-secretariat").body(Map.of("kind", "OTHER", "text", "Later", "decidedBy", "ALV",
                "decidedOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString())).post(path).then().statusCode(400)
                .body("invalidParams[0].name", is("decidedOn"));
        as("m50-secretariat").body(Map.of("kind", "ADOPTED", "text", "Iets", "decidedBy", "ALV")).post(path).then().statusCode(400)
                .body("invalidParams[0].name", is("kind"));
        as("m50-secretariat").body(Map.of("kind", "OTHER", "text", " ", "decidedBy", "ALV")).post(path).then().statusCode(400)
                .body("invalidParams[0].name", is("text"));
        as("m50-secretariat").body(Map.of("kind", "BUDGET_ADOPTED", "text", "Begroting", "decidedBy", "ALV",
                "budget", Map.of("network", "DEC3", "year", 1999))).post(path).then().statusCode(400)
                .body("invalidParams[0].name", is("year")); // service-commons' validation names a nested field by its own name
        assertThat(ServiceDatabase.count("select count(*) from decision where event_id = '" + assembly + "'")).isZero();
    }
}
