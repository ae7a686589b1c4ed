package nl.municipalnetworks.events.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class EventApiTest {

    private static Map<String, Object> webinar() {
        Map<String, Object> body = new LinkedHashMap<>(EventsApi.eventBody("M50", "PUBLIC", null));
        body.remove("place");
        body.put("kind", "WEBINAR");
        body.put("otherNetworks", List.of("G40"));
        body.put("partner", "Platform31");
        body.put("onlineLink", "https://www.platform31.nl/webinar-middelgrote-gemeenten");
        return body;
    }

    @Test
    void aPartnerOrganisesItsWebinarForM50AndG40() {
        String id = as("platform31-partner").body(webinar()).post("/v1/events").then().statusCode(201)
                .body("networks", is(List.of("M50", "G40"))).body("organisedByPartner", is(true)).body("partner", is("Platform31"))
                .extract().path("id");
        as("platform31-partner").body(Map.of("status", "OPEN")).post("/v1/events/" + id + "/status-changes").then().statusCode(200);
        as("platform31-partner").body(Map.of("title", "Breakout Werkstad", "startsAt", EventsApi.inDays(30, 14),
                "endsAt", EventsApi.inDays(30, 15))).post("/v1/events/" + id + "/sessions").then().statusCode(201);
        as("platform31-partner").get("/v1/events/" + id + "/registrations").then().statusCode(200);
        as("g40-secretariat").body(Map.of("status", "CLOSED")).post("/v1/events/" + id + "/status-changes").then().statusCode(403);
        given().get("/v1/events?network=G40&pageSize=100&sort=-startsAt").then().statusCode(200).body("items.id", hasItem(id));

        Map<String, Object> unnamed = webinar();
        unnamed.remove("partner");
        as("platform31-partner").body(unnamed).post("/v1/events").then().statusCode(400).body("invalidParams[0].name", is("partner"));
        Map<String, Object> othersOnly = webinar();
        othersOnly.put("network", "G40");
        othersOnly.put("otherNetworks", List.of());
        as("platform31-partner").body(othersOnly).post("/v1/events").then().statusCode(403);
    }

    @Test
    void aHeldOrCancelledEventDoesNotChangeAndTheNetworksStay() {
        Map<String, Object> body = EventsApi.eventBody("M50", "MEMBERS", 10);
        String id = EventsApi.openEvent(body);
        Map<String, Object> moved = new LinkedHashMap<>(body);
        moved.put("network", "G40");
        as("m50-secretariat").body(moved).put("/v1/events/" + id).then().statusCode(409).body("invalidParams[0].name", is("network"));
        EventsApi.register("platform-admin", id, "Een", "een-" + java.util.UUID.randomUUID() + "@example.nl", null, null).then().statusCode(201);
        ServiceDatabase.awaitOutboxPublished();
        try (TopicProbe probe = TopicProbe.forTopic("meeting-events")) {
            as("m50-secretariat").body(Map.of("status", "CANCELLED")).post("/v1/events/" + id + "/status-changes").then().statusCode(200);
            ServiceDatabase.awaitOutboxPublished();
            List<ConsumerRecord<String, String>> records = probe.poll(java.time.Duration.ofSeconds(10), 1).stream()
                    .filter(r -> r.key().equals(id)).toList();
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo(id);
            assertThat(new String(records.get(0).headers().lastHeader("ce_type").value()))
                    .isEqualTo("nl.municipalnetworks.events.event-cancelled.v1");
            assertThat(records.get(0).value()).contains("\"registrations\":1");
        }
        as("m50-secretariat").body(Map.of("status", "OPEN")).post("/v1/events/" + id + "/status-changes").then().statusCode(409)
                .body("detail", is("an event that is CANCELLED cannot become OPEN (CANCELLED is final)"));
        as("m50-secretariat").body(body).put("/v1/events/" + id).then().statusCode(409);
    }

    /**
     * The seed file of ./platform up (local-platform) loaded the way its loader does it, through this API: every
     * event, session and status change is accepted, and the 2025 calendar reads back.
     */
    @Test
    void theSeedOfTheLocalPlatformLoadsThroughTheApi() throws Exception {
        JsonNode seed = new ObjectMapper().readTree(Files.readString(Path.of("../local-platform/src/main/resources/seed/events-seed.json")));
        List<String> eventFields = List.of("network", "otherNetworks", "partner", "kind", "title", "description", "startsAt", "endsAt",
                "place", "onlineLink", "pillar", "theme", "audience", "capacity", "registrationDeadline");
        for (JsonNode event : seed.path("events")) {
            String user = event.path("organiser").asText().equals("partner") ? "platform31-partner" : "m50-secretariat";
            ObjectNode body = new ObjectMapper().createObjectNode();
            eventFields.stream().filter(event::has).forEach(field -> body.set(field, event.get(field)));
            String id = as(user).body(body.toString()).post("/v1/events").then().statusCode(201).extract().path("id");
            for (JsonNode session : event.path("sessions")) {
                as(user).body(session.toString()).post("/v1/events/" + id + "/sessions").then().statusCode(201);
            }
            for (String status : List.of("OPEN", "HELD")) {
                as(user).body(Map.of("status", status)).post("/v1/events/" + id + "/status-changes").then().statusCode(200);
            }
        }
        String feed = as("m50-board").accept("text/calendar").get("/v1/networks/M50/calendar.ics?year=2025").then().statusCode(200)
                .extract().asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed)).getComponents(Component.VEVENT);
        assertThat(events.stream().map(e -> e.getRequiredProperty(Property.SUMMARY).getValue()).toList()).containsExactly(
                "ALV voorjaar 2025", "Contactambtenarenoverleg voorjaar 2025", "ALV najaar 2025", "Contactambtenarenoverleg najaar 2025",
                "Webinar: op zoek naar een gedeeld handelingsperspectief voor middelgrote gemeenten");
        assertThat(events.get(4).getRequiredProperty(Property.DESCRIPTION).getValue()).contains("Breakout Werkstad");
        String anonymous = given().get("/v1/networks/G40/calendar.ics?year=2025").then().statusCode(200).extract().asString();
        List<VEvent> publicOnly = new CalendarBuilder().build(new StringReader(anonymous)).getComponents(Component.VEVENT);
        assertThat(publicOnly).as("G40's public calendar: the partner's webinar, not M50's assemblies").hasSize(1);
        assertThat(publicOnly.get(0).getRequiredProperty(Property.SUMMARY).getValue()).startsWith("Webinar: op zoek naar");
    }
}
