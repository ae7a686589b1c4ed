package nl.municipalnetworks.events;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Helpers for events-service's API tests: callers, members made known through member-service's events, events. */
public final class EventsApi {

    private static final Map<String, Member> CANONICAL = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EventsApi() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.forUser(user)).contentType(ContentType.JSON);
    }

    public record Member(UUID municipalityId, UUID membershipId, String cbsCode, String name) {
    }

    /**
     * The one municipality per CBS code that the realm's officials act for (GM0355 Zeist, GM0867 Waalwijk in M50;
     * GM0150 Deventer in G40), made a member once per test JVM and never ended, so that every test finds the same.
     */
    public static Member canonical(String network, String name, String cbsCode) {
        return CANONICAL.computeIfAbsent(network + cbsCode, key -> member(network, name, cbsCode));
    }

    public static Member zeist() {
        return canonical("M50", "Zeist", "GM0355");
    }

    public static Member waalwijk() {
        return canonical("M50", "Waalwijk", "GM0867");
    }

    public static Member deventer() {
        return canonical("G40", "Deventer", "GM0150");
    }

    /** Publishes registered + joined (member-service's events) and waits until events-service has the member. */
    public static Member member(String network, String name, String cbsCode) {
        return member(network, name, cbsCode, null);
    }

    /** A member in a Platform31 cluster (null: none known). */
    public static Member member(String network, String name, String cbsCode, String cluster) {
        UUID municipality = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        IntegrationEvents.publish(new MunicipalityRegistered(municipality, cbsCode, name, "Utrecht", cluster));
        IntegrationEvents.publish(new MemberJoined(membership, network, municipality, name, LocalDate.of(2019, 1, 1)));
        awaitMember(network, municipality);
        return new Member(municipality, membership, cbsCode, name);
    }

    public static void awaitMember(String network, UUID municipalityId) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> ServiceDatabase.count("select count(*) from membership where network = '" + network
                        + "' and municipality_id = '" + municipalityId + "' and ended_on is null") > 0);
    }

    /** A moment some days from now, whole minutes, in Dutch time. */
    public static String inDays(int days, int hour) {
        return OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(days).truncatedTo(ChronoUnit.DAYS).withHour(hour)
                .atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime().toString();
    }

    public static Map<String, Object> eventBody(String network, String audience, Integer capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", network);
        body.put("kind", "GENERAL_ASSEMBLY");
        body.put("title", "ALV " + network + " #" + SEQUENCE.incrementAndGet());
        body.put("startsAt", inDays(30, 13));
        body.put("endsAt", inDays(30, 17));
        body.put("place", "Gemeentehuis Zeist");
        body.put("audience", audience);
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return body;
    }

    /** An event created by the network's organiser (the platform admin) and opened for registration. */
    public static String openEvent(String network, String audience, Integer capacity) {
        return openEvent(eventBody(network, audience, capacity));
    }

    public static String openEvent(Map<String, Object> body) {
        String id = as("platform-admin").body(body).post("/v1/events").then().statusCode(201).extract().path("id");
        as("platform-admin").body(Map.of("status", "OPEN")).post("/v1/events/" + id + "/status-changes").then().statusCode(200);
        return id;
    }

    public static String addSession(String eventId, String title, int capacity) {
        List<String> ids = as("platform-admin").body(Map.of("title", title, "startsAt", inDays(30, 15), "endsAt", inDays(30, 16),
                        "capacity", capacity))
                .post("/v1/events/" + eventId + "/sessions").then().statusCode(201).extract().path("sessions.findAll { it.title == '" + title + "' }.id");
        return ids.get(0);
    }

    /** The organiser registers someone (an official of a member, or a guest when municipalityId is null). */
    public static io.restassured.response.Response register(String user, String eventId, String name, String email, UUID municipalityId,
                                                            String sessionId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", email);
        if (municipalityId != null) {
            body.put("municipalityId", municipalityId.toString());
        }
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        return as(user).body(body).post("/v1/events/" + eventId + "/registrations");
    }

    public static long count(String eventId, String status) {
        return ServiceDatabase.count("select count(*) from registration where event_id = '" + eventId + "' and status = '" + status + "'");
    }

    /** Adds an action item to an event, owned by Anouk de Vries (of a municipality when municipalityId is given). */
    public static io.restassured.response.Response addActionItem(String user, String eventId, String description, UUID municipalityId,
                                                                 String dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("ownerName", "Anouk de Vries");
        body.put("ownerEmail", "a.devries-" + SEQUENCE.incrementAndGet() + "@example.nl");
        if (municipalityId != null) {
            body.put("ownerMunicipalityId", municipalityId.toString());
        }
        body.put("dueDate", dueDate);
        return as(user).body(body).post("/v1/events/" + eventId + "/action-items");
    }
}
