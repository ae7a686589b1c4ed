package nl.municipalnetworks.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.api.GeneratedBadInput;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad input generated over every operation of events-service's OpenAPI document (see test-support's
 * {@link GeneratedBadInput}): never a 5xx, always problem+json, and a refused request writes nothing. This class says
 * only what good requests look like.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class GeneratedBadInputTest {

    @Test
    void noBadInputGetsA5xxOrWritesAnything() {
        EventsFixture fixture = EventsFixture.create("G40", EventsApi.deventer());
        GeneratedBadInput.assertNoBadInputGetsA5xxOrWritesAnything(new GeneratedBadInput.GoodRequests() {
            @Override
            public String pathValue(String operation, String name) {
                return fixture.idFor(operation, name);
            }

            @Override
            public Map<String, Object> body(String operation) {
                return validBody(operation, fixture);
            }
        });
    }

    /** A body the operation accepts, so that one bad field is the only mistake. */
    private static Map<String, Object> validBody(String operation, EventsFixture f) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation) {
            case "POST /v1/events" -> {
                body.putAll(EventsApi.eventBody("G40", "PUBLIC", 40));
                body.put("otherNetworks", List.of("M50"));
            }
            case "PUT /v1/events/{id}" -> body.putAll(EventsApi.eventBody("G40", "MEMBERS", 50));
            case "POST /v1/events/{id}/status-changes" -> body.put("status", "CLOSED");
            case "POST /v1/events/{id}/sessions" -> {
                body.put("title", "Pijlerbijeenkomst Sociaal");
                body.put("startsAt", EventsApi.inDays(30, 15));
                body.put("endsAt", EventsApi.inDays(30, 16));
                body.put("capacity", 30);
            }
            case "POST /v1/events/{id}/registrations" -> {
                body.put("name", "Joost van 't Hek");
                body.put("email", "guest-" + java.util.UUID.randomUUID() + "@example.nl");
                body.put("municipalityId", f.member().municipalityId().toString());
            }
            case "POST /v1/events/{id}/action-items" -> {
                body.put("description", "Reactie op de Nota Ruimte rondsturen aan de leden");
                body.put("ownerName", "Joost van 't Hek");
                body.put("ownerEmail", "j.vanthek@example.nl");
                body.put("ownerMunicipalityId", f.member().municipalityId().toString());
                body.put("ownerPillar", "Fysiek Domein");
                body.put("dueDate", EventsApi.inDays(40, 0).substring(0, 10));
            }
            case "POST /v1/action-items/{id}/status-changes" -> body.put("status", "DONE");
            case "POST /v1/events/{id}/decisions" -> {
                body.put("kind", "BUDGET_ADOPTED");
                body.put("text", "Begroting 2026 vastgesteld");
                body.put("budget", new LinkedHashMap<>(Map.of("network", "G40", "year", 2026)));
                body.put("decidedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1).toString());
                body.put("decidedBy", "Algemene ledenvergadering G40");
            }
            default -> {
                return null;
            }
        }
        return body;
    }
}
