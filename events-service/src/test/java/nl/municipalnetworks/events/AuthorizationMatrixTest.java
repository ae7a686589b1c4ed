package nl.municipalnetworks.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.api.AuthorizationMatrix;
import nl.municipalnetworks.testsupport.api.AuthorizationMatrix.Target;
import nl.municipalnetworks.testsupport.api.AuthorizationMatrix.Who;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.EVERYONE;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.G40_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.M50_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.M50_WORKERS;

/**
 * Every operation of events-service's OpenAPI document x every caller x own network (M50: a members' event with
 * Zeist's registrations) and another (G40: Deventer's), run by test-support's {@link AuthorizationMatrix}; the rules
 * are those of {@code access/EventsAccess}. Writes are sent so that an allowed caller is refused after the access
 * check (an end before the start, a status the event cannot take, an e-mail address already registered, a
 * registration already cancelled, a due date that does not exist, an action item already cancelled).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class AuthorizationMatrixTest {

    /** Those who work in M50 read its members' event; G40's is read by its secretariat. */
    private static final Set<Who> M50_READERS = M50_WORKERS;
    /** The organiser of a network's event: its secretariat (and the platform admin). */
    private static final Set<Who> M50_ORGANISER = M50_SECRETARIAT;
    /** Creating: the secretariat, or a partner for events of networks that include its own (M50). */
    private static final Set<Who> M50_CREATORS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.PARTNER);
    /** Registrations: the organiser and the board read all, officials their own municipality's. */
    private static final Set<Who> M50_REGISTRATION_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT,
            Who.M50_BOARD, Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);
    /** Registering: the organiser, and officials of M50's members for themselves and colleagues. */
    private static final Set<Who> M50_REGISTRANTS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT,
            Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);
    /** Cancelling a registration of Zeist: the organiser and Zeist's own official. */
    private static final Set<Who> M50_ZEIST_CANCELLERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.ZEIST_OFFICIAL);

    /** The reach of a network: its secretariat and board. */
    private static final Set<Who> M50_REACH_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD);
    /** Who is in which breakout group (names), and an event's reach: the organiser and the board. */
    private static final Set<Who> M50_BREAKOUT_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD);

    /** Action items (owners' names and e-mail): the secretariat and board read all, officials their municipality's. */
    private static final Set<Who> M50_ACTION_ITEM_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT,
            Who.M50_BOARD, Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);
    /** Changing the status of Zeist's action item: the secretariat, and Zeist's official (marking it done). */
    private static final Set<Who> M50_ZEIST_ITEM_CHANGERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.ZEIST_OFFICIAL);

    private static final AuthorizationMatrix EXPECTED = new AuthorizationMatrix()
            .same("GET /v1/events", EVERYONE)
            .both("GET /v1/events/{id}", M50_READERS, G40_SECRETARIAT)
            .both("GET /v1/events/{id}/calendar.ics", M50_READERS, G40_SECRETARIAT)
            .both("POST /v1/events", M50_CREATORS, G40_SECRETARIAT)
            .both("PUT /v1/events/{id}", M50_ORGANISER, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/status-changes", M50_ORGANISER, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/sessions", M50_ORGANISER, G40_SECRETARIAT)
            .both("GET /v1/events/{id}/registrations", M50_REGISTRATION_READERS, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/registrations", M50_REGISTRANTS, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/registrations/{registrationId}/cancellation", M50_ZEIST_CANCELLERS, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/registrations/{registrationId}/check-in", M50_ORGANISER, G40_SECRETARIAT)
            .both("GET /v1/events/{id}/action-items", M50_ACTION_ITEM_READERS, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/action-items", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("GET /v1/action-items", M50_ACTION_ITEM_READERS, G40_SECRETARIAT)
            .both("POST /v1/action-items/{id}/status-changes", M50_ZEIST_ITEM_CHANGERS, G40_SECRETARIAT)
            .both("GET /v1/events/{id}/decisions", M50_READERS, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/decisions", M50_ORGANISER, G40_SECRETARIAT)
            .both("GET /v1/events/{id}/cluster-breakouts", M50_BREAKOUT_READERS, G40_SECRETARIAT)
            .both("POST /v1/events/{id}/cluster-breakouts", M50_ORGANISER, G40_SECRETARIAT)
            .both("GET /v1/events/{id}/reach", M50_BREAKOUT_READERS, G40_SECRETARIAT)
            .both("GET /v1/networks/{network}/reach", M50_REACH_READERS, G40_SECRETARIAT)
            .same("GET /v1/networks/{network}/calendar", EVERYONE)
            .same("GET /v1/networks/{network}/calendar.ics", EVERYONE);

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() {
        EventsApi.waalwijk();
        Map<Target, EventsFixture> fixtures = Map.of(Target.OWN, EventsFixture.create("M50", EventsApi.zeist()),
                Target.OTHER, EventsFixture.create("G40", EventsApi.deventer()));
        EXPECTED.assertEveryOperationAnswersAsTheTableSays(
                (request, operation, target) -> send(request, operation, fixtures.get(target)));
    }

    /** One request of an operation about a fixture: refused after the access check, or a read. */
    private static Response send(RequestSpecification request, String operation, EventsFixture f) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (String name : new String[]{"network", "id", "registrationId"}) {
            if (path.contains("{" + name + "}")) {
                path = path.replace("{" + name + "}", f.idFor(operation, name));
            }
        }
        request = request.contentType(ContentType.JSON);
        Map<String, Object> endBeforeStart = new LinkedHashMap<>(EventsApi.eventBody(f.network(), "MEMBERS", 10));
        endBeforeStart.put("endsAt", EventsApi.inDays(29, 10));
        return switch (operation) {
            case "GET /v1/events", "GET /v1/action-items" -> request.get(path + "?network=" + f.network());
            case "POST /v1/events/{id}/action-items" -> request.body(Map.of("description", "Te laat", "ownerName", "Anouk de Vries",
                    "ownerEmail", "a.devries@example.nl", "dueDate", "2025-02-30")).post(path);
            // the fixture's item is CANCELLED: an allowed caller gets 409
            case "POST /v1/action-items/{id}/status-changes" -> request.body(Map.of("status", "DONE")).post(path);
            case "POST /v1/events" -> {
                endBeforeStart.put("partner", "Platform31");
                yield request.body(endBeforeStart).post(path);
            }
            case "PUT /v1/events/{id}" -> request.body(endBeforeStart).put(path);
            case "POST /v1/events/{id}/status-changes" -> request.body(Map.of("status", "HELD")).post(path);
            case "POST /v1/events/{id}/sessions" -> request.body(Map.of("title", "Te laat", "startsAt", EventsApi.inDays(30, 16),
                    "endsAt", EventsApi.inDays(30, 15))).post(path);
            case "POST /v1/events/{id}/registrations" -> request.body(Map.of("name", "Anouk de Vries", "email", f.liveEmail())).post(path);
            case "POST /v1/events/{id}/registrations/{registrationId}/cancellation",
                 "POST /v1/events/{id}/registrations/{registrationId}/check-in" -> request.post(path);
            // the assembly is in 30 days: a decision on its day is refused (400 decidedOn) after the access check
            case "POST /v1/events/{id}/decisions" -> request.body(Map.of("kind", "OTHER", "text", "Nog niet besloten",
                    "decidedBy", "Algemene ledenvergadering")).post(path);
            // groups meeting a day before the event: 400 startsAt after the access check
            case "POST /v1/events/{id}/cluster-breakouts" -> request.body(Map.of("startsAt", EventsApi.inDays(29, 15))).post(path);
            default -> {
                if (!operation.startsWith("GET ")) {
                    throw new IllegalStateException("No request defined for " + operation + "; add one to send()");
                }
                yield request.get(path);
            }
        };
    }
}
