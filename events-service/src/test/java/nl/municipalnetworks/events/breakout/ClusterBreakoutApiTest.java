package nl.municipalnetworks.events.breakout;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.contracts.member.MunicipalityChanged;
import nl.municipalnetworks.contracts.member.Platform31Clusters;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.events.EventsApi.Member;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.municipalnetworks.events.EventsApi.as;
import static nl.municipalnetworks.events.EventsApi.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The Platform31 webinar's seven groups, one per cluster, against the real PostgreSQL and member-events on Kafka. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class ClusterBreakoutApiTest {

    @Test
    void registrantsFollowTheirClusterAndTheOthersTheStatedRule() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Member werkstad = EventsApi.member("M50", "Helmond " + suffix, null, "Werkstad");
        Member voorstad = EventsApi.member("M50", "Nieuwegein " + suffix, null, "voorstad");
        Member unknown = EventsApi.member("M50", "Súdwest-Fryslân " + suffix, null, null);
        String eventId = EventsApi.openEvent("M50", "MEMBERS", 100);

        register(eventId, "Anouk de Vries", werkstad.municipalityId());
        register(eventId, "Bram 't Hooft", voorstad.municipalityId());
        String frisian = register(eventId, "Fokje Hoekstra", unknown.municipalityId());
        String guest = register(eventId, "Gast van Platform31", null);

        JsonPath placed = as("platform-admin").body(Map.of("startsAt", inDays(30, 15), "endsAt", inDays(30, 16)))
                .post("/v1/events/" + eventId + "/cluster-breakouts").then().statusCode(200).extract().jsonPath();
        assertThat(placed.getList("groups.cluster", String.class)).containsExactlyElementsOf(Platform31Clusters.NAMES);
        assertThat(placed.getList("groups.registrants", Integer.class)).containsExactly(1, 1, 0, 0, 0, 1, 1);
        assertThat(placed.getString("rule")).contains("fewest registrants");
        // The municipality without a cluster goes to the first empty group in the report's order, the guest to the next.
        assertThat(placed.getList("placedByRule.registrationId", String.class)).containsExactly(frisian, guest);
        assertThat(placed.getList("placedByRule.reason", String.class)).containsExactly("NO_CLUSTER", "GUEST");
        assertThat(placed.getList("placedByRule.cluster", String.class)).containsExactly("Aantrekkelijke woonstad", "Bloeiende streekstad");
        String werkstadGroup = groupOf(placed, "Werkstad");

        // A later registration without a session joins its cluster's group at once.
        String late = register(eventId, "Chantal Öztürk", werkstad.municipalityId());
        as("platform-admin").get("/v1/events/" + eventId + "/registrations?pageSize=100").then().statusCode(200)
                .body("items.find { it.id == '" + late + "' }.sessionId", equalTo(werkstadGroup))
                .body("items.find { it.id == '" + late + "' }.placedByRule", equalTo(false));

        // member-service announces the Frisian municipality's cluster: placing again moves it there and only it.
        IntegrationEvents.publish(new MunicipalityChanged(unknown.municipalityId(), null, unknown.name(), "Fryslân", "Landelijke stad"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> "Landelijke stad".equals(
                ServiceDatabase.text("select cluster from municipality where id = '" + unknown.municipalityId() + "'")));
        JsonPath again = as("platform-admin").body(Map.of()).post("/v1/events/" + eventId + "/cluster-breakouts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("groups.sessionId", String.class)).isEqualTo(placed.getList("groups.sessionId", String.class));
        assertThat(again.getList("groups.registrants", Integer.class)).containsExactly(0, 1, 0, 1, 0, 1, 2);
        assertThat(again.getList("placedByRule.registrationId", String.class)).containsExactly(guest);
        as("platform-admin").get("/v1/events/" + eventId).then().statusCode(200)
                .body("sessions.size()", equalTo(7))
                .body("sessions.find { it.cluster == 'Werkstad' }.title", equalTo("Breakout Werkstad"));

        // Who is where: the organiser and the board; an official only sees their own registrations.
        as("m50-board").get("/v1/events/" + eventId + "/cluster-breakouts").then().statusCode(200)
                .body("placedByRule[0].name", equalTo("Gast van Platform31"));
        as("zeist-official").get("/v1/events/" + eventId + "/cluster-breakouts").then().statusCode(403);
    }

    @Test
    void aClusterGroupIsOneOfTheSevenOnceWithoutCapacityAndNotForAnEventThatWasHeldOrCancelled() {
        String eventId = EventsApi.openEvent("M50", "MEMBERS", 100);
        Map<String, Object> group = Map.of("title", "Breakout Randstad", "startsAt", inDays(30, 15), "endsAt", inDays(30, 16), "cluster", "Randstad");
        as("platform-admin").body(group).post("/v1/events/" + eventId + "/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("cluster"));
        as("platform-admin").body(Map.of("title", "Breakout Werkstad", "startsAt", inDays(30, 15), "endsAt", inDays(30, 16),
                        "cluster", "werkstad", "capacity", 20))
                .post("/v1/events/" + eventId + "/sessions").then().statusCode(400).body("invalidParams[0].name", equalTo("capacity"));
        Map<String, Object> werkstad = Map.of("title", "Breakout Werkstad", "startsAt", inDays(30, 15), "endsAt", inDays(30, 16), "cluster", "werkstad");
        as("platform-admin").body(werkstad).post("/v1/events/" + eventId + "/sessions").then().statusCode(201)
                .body("sessions.find { it.title == 'Breakout Werkstad' }.cluster", equalTo("Werkstad"));
        as("platform-admin").body(werkstad).post("/v1/events/" + eventId + "/sessions").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("cluster"));
        // The six others are added; the one there is kept.
        JsonPath placed = as("platform-admin").body(Map.of()).post("/v1/events/" + eventId + "/cluster-breakouts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(placed.getList("groups.title", String.class)).hasSize(7).contains("Breakout Werkstad", "Breakout Voorstad");
        as("platform-admin").body(Map.of("startsAt", inDays(29, 15))).post("/v1/events/" + eventId + "/cluster-breakouts")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("startsAt"));

        as("platform-admin").body(Map.of("status", "CANCELLED")).post("/v1/events/" + eventId + "/status-changes").then().statusCode(200);
        as("platform-admin").body(Map.of()).post("/v1/events/" + eventId + "/cluster-breakouts").then().statusCode(409);
    }

    private static String register(String eventId, String name, UUID municipalityId) {
        return EventsApi.register("platform-admin", eventId, name, UUID.randomUUID() + "@example.nl", municipalityId, null)
                .then().statusCode(201).extract().path("id");
    }

    private static String groupOf(JsonPath view, String cluster) {
        List<Map<String, Object>> groups = view.getList("groups");
        return groups.stream().filter(g -> cluster.equals(g.get("cluster"))).map(g -> (String) g.get("sessionId")).findFirst().orElseThrow();
    }
}
