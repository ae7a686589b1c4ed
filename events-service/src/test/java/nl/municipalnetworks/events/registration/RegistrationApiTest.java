package nl.municipalnetworks.events.registration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.municipalnetworks.events.EventsApi.as;
import static nl.municipalnetworks.events.EventsApi.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class RegistrationApiTest {

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@zeist.nl";
    }

    @Test
    void registeringForAFullEventPutsYouOnTheWaitingListAndACancellationPromotesYou() {
        EventsApi.Member zeist = EventsApi.zeist();
        String event = EventsApi.openEvent("M50", "MEMBERS", 2);
        ServiceDatabase.awaitOutboxPublished();
        try (TopicProbe probe = TopicProbe.forTopic("meeting-events")) {
            String first = register("zeist-official", event, "Anouk de Vries", email("anouk"), null, null).then().statusCode(201)
                    .body("status", is("CONFIRMED")).body("municipalityId", is(zeist.municipalityId().toString()))
                    .body("municipalityName", is("Zeist")).body("guest", is(false)).extract().path("id");
            String bramAt = register("zeist-official", event, "Bram 't Hooft", email("bram"), null, null).then().statusCode(201)
                    .body("status", is("CONFIRMED")).extract().path("registeredAt");
            String waiting = register("zeist-official", event, "Cees de Wit", email("cees"), null, null).then().statusCode(201)
                    .body("status", is("WAITING")).body("waitingPosition", is(1)).extract().path("id");
            register("zeist-official", event, "Dewi Sastro", email("dewi"), null, null).then().statusCode(201)
                    .body("status", is("WAITING")).body("waitingPosition", is(2));
            as("platform-admin").get("/v1/events/" + event).then().statusCode(200)
                    .body("seats.capacity", is(2)).body("seats.confirmed", is(2)).body("seats.waiting", is(2)).body("seats.available", is(0));

            as("zeist-official").post("/v1/events/" + event + "/registrations/" + first + "/cancellation").then().statusCode(200)
                    .body("status", is("CANCELLED")).body("cancelReason", is("BY_REGISTRANT"));
            as("m50-secretariat").get("/v1/events/" + event + "/registrations?status=CONFIRMED").then().statusCode(200)
                    .body("items.name", contains("Bram 't Hooft", "Cees de Wit"))
                    .body("items[0].registeredAt", is(bramAt));
            as("m50-secretariat").get("/v1/events/" + event + "/registrations?status=WAITING").then().statusCode(200)
                    .body("items.name", contains("Dewi Sastro")).body("items[0].waitingPosition", is(1));

            ServiceDatabase.awaitOutboxPublished();
            List<ConsumerRecord<String, String>> records = probe.pollAll(Duration.ofSeconds(3)).stream()
                    .filter(r -> r.key().equals(event)).toList();
            assertThat(records.stream().map(r -> new String(r.headers().lastHeader("ce_type").value())).toList()).containsExactly(
                    "nl.municipalnetworks.events.registration-confirmed.v1", "nl.municipalnetworks.events.registration-confirmed.v1",
                    "nl.municipalnetworks.events.registration-cancelled.v1", "nl.municipalnetworks.events.waiting-list-promoted.v1");
            assertThat(records.get(3).value()).contains("\"registrationId\":\"" + waiting + "\"", "\"name\":\"Cees de Wit\"");
        }
    }

    @Test
    void sessionsHaveTheirOwnSeats() {
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        String theme = EventsApi.addSession(event, "Themasessie Nota Ruimte", 1);
        register("platform-admin", event, "Gast Een", email("een"), null, theme).then().statusCode(201).body("status", is("CONFIRMED"))
                .body("sessionId", is(theme)).body("guest", is(true));
        register("platform-admin", event, "Gast Twee", email("twee"), null, theme).then().statusCode(201).body("status", is("WAITING"));
        register("platform-admin", event, "Gast Drie", email("drie"), null, null).then().statusCode(201).body("status", is("CONFIRMED"));
        as("platform-admin").get("/v1/events/" + event).then().statusCode(200)
                .body("seats.confirmed", is(2)).body("sessions[0].seats.confirmed", is(1)).body("sessions[0].seats.waiting", is(1));
        register("platform-admin", event, "Gast Vier", email("vier"), null, UUID.randomUUID().toString()).then().statusCode(400)
                .body("invalidParams[0].name", is("sessionId"));
    }

    @Test
    void moreSeatsGoToTheWaitingListAtOnce() {
        Map<String, Object> body = EventsApi.eventBody("M50", "MEMBERS", 1);
        String event = EventsApi.openEvent(body);
        register("platform-admin", event, "Een", email("een"), null, null).then().body("status", is("CONFIRMED"));
        register("platform-admin", event, "Twee", email("twee"), null, null).then().body("status", is("WAITING"));
        Map<String, Object> bigger = new LinkedHashMap<>(body);
        bigger.put("capacity", 2);
        as("m50-secretariat").body(bigger).put("/v1/events/" + event).then().statusCode(200)
                .body("seats.confirmed", is(2)).body("seats.waiting", is(0)).body("sequence", is(2));
    }

    @Test
    void anOfficialRegistersOnlyColleaguesOfTheirOwnMunicipality() {
        EventsApi.Member waalwijk = EventsApi.waalwijk();
        EventsApi.zeist();
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        register("zeist-official", event, "Iemand van Waalwijk", email("w"), waalwijk.municipalityId(), null).then().statusCode(403)
                .body("detail", containsString("own municipality"));
        register("waalwijk-official", event, "Iemand van Waalwijk", email("w"), null, null).then().statusCode(201)
                .body("municipalityName", is("Waalwijk"));
        register("zeist-official", event, "Anouk de Vries", email("z"), null, null).then().statusCode(201);
        as("zeist-official").get("/v1/events/" + event + "/registrations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].municipalityName", is("Zeist"));
        as("m50-board").get("/v1/events/" + event + "/registrations").then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void theSameAddressRegistersOnceAndAgainAfterCancelling() {
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        String address = email("once");
        String id = register("platform-admin", event, "Een", address, null, null).then().statusCode(201).extract().path("id");
        register("platform-admin", event, "Een", address.toUpperCase(), null, null).then().statusCode(409)
                .body("invalidParams[0].name", is("email"));
        as("platform-admin").post("/v1/events/" + event + "/registrations/" + id + "/cancellation").then().statusCode(200)
                .body("cancelReason", is("BY_ORGANISER"));
        as("platform-admin").post("/v1/events/" + event + "/registrations/" + id + "/cancellation").then().statusCode(409);
        register("platform-admin", event, "Een", address, null, null).then().statusCode(201);
    }

    @Test
    void registrationClosesAtTheDeadlineAndOnlyWhileOpen() {
        Map<String, Object> body = EventsApi.eventBody("M50", "MEMBERS", 10);
        String planned = as("platform-admin").body(body).post("/v1/events").then().statusCode(201).extract().path("id");
        register("platform-admin", planned, "Te vroeg", email("vroeg"), null, null).then().statusCode(409)
                .body("detail", is("registration is not open: the event is PLANNED"));
        Map<String, Object> past = new LinkedHashMap<>(EventsApi.eventBody("M50", "MEMBERS", 10));
        past.put("registrationDeadline", EventsApi.inDays(-1, 12));
        String closed = EventsApi.openEvent(past);
        register("platform-admin", closed, "Te laat", email("laat"), null, null).then().statusCode(409)
                .body("detail", containsString("registration closed at"));
        assertThat(EventsApi.count(closed, "CONFIRMED") + EventsApi.count(closed, "WAITING")).isZero();
    }

    @Test
    void attendanceIsRecordedAtTheDoorOnceForAConfirmedRegistration() {
        String event = EventsApi.openEvent("M50", "MEMBERS", 1);
        String confirmed = register("platform-admin", event, "Een", email("een"), null, null).then().extract().path("id");
        String waiting = register("platform-admin", event, "Twee", email("twee"), null, null).then().extract().path("id");
        as("m50-secretariat").post("/v1/events/" + event + "/registrations/" + confirmed + "/check-in").then().statusCode(200)
                .body("checkedInAt", org.hamcrest.Matchers.notNullValue());
        as("m50-secretariat").post("/v1/events/" + event + "/registrations/" + confirmed + "/check-in").then().statusCode(409);
        as("m50-secretariat").post("/v1/events/" + event + "/registrations/" + waiting + "/check-in").then().statusCode(409)
                .body("detail", containsString("WAITING"));
        as("m50-secretariat").post("/v1/events/" + event + "/registrations/" + confirmed + "/cancellation").then().statusCode(409)
                .body("detail", is("the person has already been checked in"));
        as("m50-secretariat").get("/v1/events/" + event + "/registrations?status=CONFIRMED").then().statusCode(200)
                .body("items.guest", contains(true)).body("items[0].checkedInAt", org.hamcrest.Matchers.notNullValue());
        as("m50-secretariat").post("/v1/events/" + event + "/registrations/" + UUID.randomUUID() + "/check-in").then().statusCode(404);
    }

    @Test
    void aGuestIsInvitedByTheOrganiserNotByAnOfficial() {
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        register("m50-secretariat", event, "Joost van 't Hek", email("gast"), null, null).then().statusCode(201)
                .body("guest", is(true)).body("municipalityId", nullValue());
        EventsApi.Member notAMember = EventsApi.member("G40", "Apeldoorn", "GM0200");
        register("m50-secretariat", event, "Iemand uit Apeldoorn", email("apd"), notAMember.municipalityId(), null).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("municipalityId"));
    }
}
