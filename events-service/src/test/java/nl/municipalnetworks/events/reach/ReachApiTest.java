package nl.municipalnetworks.events.reach;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.contracts.member.MunicipalityChanged;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.events.EventsApi.Member;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Reach counted from check-ins, against the real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class ReachApiTest {

    @Test
    void perMemberEventsAttendedAndOfficialsWhoCameAndPerEventByClusterAndProvince() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Member helmond = EventsApi.member("M50", "'s-Hertogenbosch " + suffix, null, "Werkstad");
        Member frisian = EventsApi.member("M50", "Súdwest-Fryslân " + suffix, null, null);
        IntegrationEvents.publish(new MunicipalityChanged(frisian.municipalityId(), null, frisian.name(), "Fryslân", null));
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> "Fryslân".equals(
                ServiceDatabase.text("select province from municipality where id = '" + frisian.municipalityId() + "'")));
        String year = EventsApi.inDays(30, 13).substring(0, 4);
        long eventsBefore = as("m50-board").get("/v1/networks/M50/reach?year=" + year).then().statusCode(200)
                .extract().jsonPath().getLong("events");

        String assembly = EventsApi.openEvent("M50", "MEMBERS", 50);
        String anouk = checkedIn(assembly, "Anouk de Vries", "anouk-" + suffix + "@example.nl", helmond.municipalityId());
        checkedIn(assembly, "Bram 't Hooft", "bram-" + suffix + "@example.nl", helmond.municipalityId());
        checkedIn(assembly, "Fokje Hoekstra", "fokje-" + suffix + "@example.nl", frisian.municipalityId());
        checkedIn(assembly, "Gast Platform31", "gast-" + suffix + "@example.nl", null);
        register(assembly, "Chantal Öztürk", "chantal-" + suffix + "@example.nl", frisian.municipalityId()); // did not come
        String webinar = EventsApi.openEvent("M50", "MEMBERS", 50);
        checkedIn(webinar, "Anouk de Vries", "Anouk-" + suffix + "@EXAMPLE.nl", helmond.municipalityId());
        String cancelled = EventsApi.openEvent("M50", "MEMBERS", 50);
        as("platform-admin").body(Map.of("status", "CANCELLED")).post("/v1/events/" + cancelled + "/status-changes").then().statusCode(200);
        assertThat(anouk).isNotNull();

        JsonPath reach = as("m50-board").get("/v1/networks/M50/reach?year=" + year).then().statusCode(200).extract().jsonPath();
        assertThat(reach.getLong("events")).isEqualTo(eventsBefore + 2);
        Map<String, Object> den = row(reach, helmond);
        assertThat(den).containsEntry("cluster", "Werkstad").containsEntry("eventsAttended", 2).containsEntry("officialsAttending", 2)
                .containsEntry("attendances", 3).containsEntry("registrations", 3);
        Map<String, Object> fry = row(reach, frisian);
        assertThat(fry).containsEntry("province", "Fryslân").containsEntry("eventsAttended", 1).containsEntry("officialsAttending", 1)
                .containsEntry("attendances", 1).containsEntry("registrations", 2);

        as("platform-admin").get("/v1/events/" + assembly + "/reach").then().statusCode(200)
                .body("registered", equalTo(5)).body("attended", equalTo(4)).body("guestsAttended", equalTo(1))
                .body("byCluster.name", org.hamcrest.Matchers.contains("Werkstad", null))
                .body("byCluster.attended", org.hamcrest.Matchers.contains(2, 1))
                .body("byProvince.name", org.hamcrest.Matchers.contains("Fryslân", "Utrecht"))
                .body("byProvince.attended", org.hamcrest.Matchers.contains(1, 2));

        byte[] csv = as("m50-secretariat").accept("text/csv").get("/v1/networks/M50/reach?year=" + year).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"M50-reach-" + year + ".csv\"").extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFGemeente;CBS-code;Provincie;Cluster;Bijeenkomsten bezocht;Ambtenaren aanwezig;"
                + "Aanwezigheden;Aanmeldingen;Documenten gedownload\r\n");
        assertThat(text).contains("\r\n" + helmond.name() + ";;Utrecht;Werkstad;2;2;3;3;0\r\n");
    }

    @Test
    void theReachOfANetworkIsItsSecretariatsAndBoards() {
        as("zeist-official").get("/v1/networks/M50/reach").then().statusCode(403);
        as("g40-secretariat").get("/v1/networks/M50/reach").then().statusCode(403);
        as("m50-treasurer").get("/v1/networks/M50/reach").then().statusCode(403);
        as("m50-secretariat").get("/v1/networks/M50/reach?year=1999").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("year"));
        as("m50-secretariat").get("/v1/networks/M50/reach").then().statusCode(200)
                .body("year", equalTo(OffsetDateTime.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear()));
    }

    private static Map<String, Object> row(JsonPath reach, Member member) {
        return reach.getMap("members.find { it.municipalityId == '" + member.municipalityId() + "' }");
    }

    private static String register(String eventId, String name, String email, UUID municipalityId) {
        return EventsApi.register("platform-admin", eventId, name, email, municipalityId, null)
                .then().statusCode(201).extract().path("id");
    }

    private static String checkedIn(String eventId, String name, String email, UUID municipalityId) {
        String id = register(eventId, name, email, municipalityId);
        as("platform-admin").post("/v1/events/" + eventId + "/registrations/" + id + "/check-in").then().statusCode(200);
        return id;
    }
}
