package nl.municipalnetworks.pillar;

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
 * Bad input generated over every operation of pillar-service's OpenAPI document (see test-support's
 * {@link GeneratedBadInput}): never a 5xx, always problem+json, and a refused request writes nothing.
 * This class says only what good requests look like.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class GeneratedBadInputTest {

    @Test
    void noBadInputGetsA5xxOrWritesAnything() {
        PillarFixture fixture = PillarFixture.create("M50", PillarApi.uniqueCode("fouten"), "Foutenburg", "GM0355");
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
    private static Map<String, Object> validBody(String operation, PillarFixture f) {
        String member = f.member().municipalityId().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation) {
            case "POST /v1/pillars", "PUT /v1/pillars/{id}" -> {
                body.put("network", "M50");
                body.put("code", operation.startsWith("PUT") ? "sociaal" : PillarApi.uniqueCode("pijler"));
                body.put("name", "Sociaal");
                body.put("description", "Werk, inkomen en zorg");
                body.put("validFrom", "2019-01-01");
                body.put("validTo", null);
            }
            case "POST /v1/pillars/{id}/roles" -> {
                body.put("role", "SUPPORTER");
                body.put("personId", f.member().officialId());
                body.put("from", "2025-03-01");
            }
            case "PUT /v1/pillars/{id}/roles/{roleId}/end" -> body.put("to", "2025-12-31");
            case "POST /v1/themes" -> {
                body.put("network", "M50");
                body.put("code", PillarApi.uniqueCode("thema"));
                body.put("pillarId", f.pillarId());
                body.put("name", "Wonen");
                body.put("description", "Woningmarkt");
            }
            case "POST /v1/themes/{id}/references" -> body.put("otherThemeId", f.otherThemeId());
            case "POST /v1/activities" -> {
                body.put("themeId", f.themeId());
                body.put("kind", "EXPERIMENT");
                body.put("title", "Experiment democratische vernieuwing");
                body.put("description", "Burgerbegroting");
                body.put("target", Map.of("number", 10, "unit", "experimenten"));
                body.put("status", "RUNNING");
            }
            case "POST /v1/activities/{id}/participants" -> {
                body.put("municipalityId", member);
                body.put("since", "2025-02-01");
            }
            case "POST /v1/participations" -> {
                body.put("municipalityId", member);
                body.put("pillarId", f.pillarId());
                body.put("themeId", null);
                body.put("officialId", f.member().officialId());
                body.put("supporterId", f.member().supporterId());
                body.put("startedOn", "2025-02-01");
            }
            case "PUT /v1/participations/{id}/end" -> body.put("endedOn", "2025-06-30");
            case "POST /v1/stakeholders" -> {
                body.put("network", "M50");
                body.put("name", "FNV");
                body.put("kind", "TRADE_UNION");
                body.put("description", "Vakbond");
            }
            case "POST /v1/stakeholders/{id}/contacts" -> {
                body.put("name", "Anouk van 't Hof");
                body.put("jobTitle", "Beleidsmedewerker");
                body.put("email", "anouk@example.nl");
                body.put("phone", "+31 70 123 4567");
            }
            case "POST /v1/lobby-items" -> {
                body.put("pillarId", f.pillarId());
                body.put("kind", "POSITION_PAPER");
                body.put("title", "Position paper Voorjaarsnota");
                body.put("body", "Middelen voor jeugdzorg");
                body.put("status", "PLANNED");
                body.put("deadline", "2026-05-01");
                body.put("parliamentaryMoment", "Voorjaarsnota 2026");
                body.put("stakeholderIds", List.of(f.stakeholderId()));
            }
            case "PUT /v1/lobby-items/{id}/status" -> body.put("status", "SUBMITTED");
            case "POST /v1/year-plans" -> {
                body.put("pillarId", f.pillarId());
                body.put("year", f.year() + 1);
                body.put("focusFirstHalf", "Agenda");
                body.put("focusSecondHalf", "Uitvoering");
                body.put("priorities", List.of("Jeugdzorg"));
                body.put("goals", List.of("Tien experimenten"));
            }
            case "POST /v1/year-plans/{id}/goals" -> body.put("description", "Vijf gemeenten doen mee");
            case "POST /v1/year-plans/{id}/goals/{goalId}/evaluations" -> {
                body.put("evaluatedOn", "2025-07-01");
                body.put("outcome", "ON_TRACK");
                body.put("remarks", "Halverwege");
            }
            case "POST /v1/showcases" -> {
                body.put("network", "M50");
                body.put("themeId", f.themeId());
                body.put("municipalityId", member);
                body.put("title", "Sharing Cities Summit");
                body.put("story", "In Rijswijk.");
                body.put("publishedOn", "2025-03-01");
            }
            default -> {
                return null;
            }
        }
        return body;
    }
}
