package nl.municipalnetworks.pillar;

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
import java.util.Map;
import java.util.Set;

import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.EVERYONE;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.G40_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.M50_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.M50_WORKERS;

/**
 * Every operation of pillar-service's OpenAPI document x every caller x own network (M50: the pillar sociaal
 * that m50-pillar-chair chairs, Zeist as the member) and another (G40: a pillar sociaal there, Deventer), run
 * by test-support's {@link AuthorizationMatrix}; the rules are those of {@code access/PillarAccess}. Writes
 * are sent so that an allowed caller is refused after the access check (the same code again, a date before
 * the term began) or adds something harmless to its own fixture.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class AuthorizationMatrixTest {

    /** The secretariat and the chair of the pillar (in M50 only: the realm's chair chairs no G40 pillar). */
    private static final Set<Who> M50_PILLAR_MANAGERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_PILLAR_CHAIR);
    /** ...and the official of the municipality that takes part. */
    private static final Set<Who> ZEIST_PARTICIPATION = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT,
            Who.M50_PILLAR_CHAIR, Who.ZEIST_OFFICIAL);

    private static final AuthorizationMatrix EXPECTED = new AuthorizationMatrix()
            .same("GET /v1/pillars", EVERYONE)
            .same("GET /v1/pillars/{id}", EVERYONE)
            .both("POST /v1/pillars", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("PUT /v1/pillars/{id}", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("POST /v1/pillars/{id}/roles", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("PUT /v1/pillars/{id}/roles/{roleId}/end", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .same("GET /v1/themes", EVERYONE)
            .same("GET /v1/themes/{id}", EVERYONE)
            .both("POST /v1/themes", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("POST /v1/themes/{id}/references", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .same("GET /v1/networks/{network}/theme-graph", EVERYONE)
            .same("GET /v1/activities", EVERYONE)
            .same("GET /v1/activities/{id}", EVERYONE)
            .both("POST /v1/activities", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("POST /v1/activities/{id}/participants", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .same("GET /v1/participations", EVERYONE)
            .both("POST /v1/participations", ZEIST_PARTICIPATION, G40_SECRETARIAT)
            .both("PUT /v1/participations/{id}/end", ZEIST_PARTICIPATION, G40_SECRETARIAT)
            .both("GET /v1/stakeholders", M50_WORKERS, G40_SECRETARIAT)
            .both("GET /v1/stakeholders/{id}", M50_WORKERS, G40_SECRETARIAT)
            .both("POST /v1/stakeholders", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("POST /v1/stakeholders/{id}/contacts", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("GET /v1/lobby-items", M50_WORKERS, G40_SECRETARIAT)
            .both("GET /v1/lobby-items/{id}", M50_WORKERS, G40_SECRETARIAT)
            .both("POST /v1/lobby-items", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("PUT /v1/lobby-items/{id}/status", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("GET /v1/networks/{network}/lobby-due", M50_WORKERS, G40_SECRETARIAT)
            .same("GET /v1/year-plans", EVERYONE)
            .same("GET /v1/year-plans/{id}", EVERYONE)
            .both("POST /v1/year-plans", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("POST /v1/year-plans/{id}/goals", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .both("POST /v1/year-plans/{id}/goals/{goalId}/evaluations", M50_PILLAR_MANAGERS, G40_SECRETARIAT)
            .same("GET /v1/showcases", EVERYONE)
            .same("GET /v1/showcases/{id}", EVERYONE)
            .both("POST /v1/showcases", M50_PILLAR_MANAGERS, G40_SECRETARIAT);

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() {
        Map<Target, PillarFixture> fixtures = Map.of(Target.OWN, PillarFixture.create("M50", "sociaal", "Zeist", "GM0355"),
                Target.OTHER, PillarFixture.create("G40", "sociaal", "Deventer", "GM0150"));
        EXPECTED.assertEveryOperationAnswersAsTheTableSays(
                (request, operation, target) -> send(request, operation, fixtures.get(target)));
    }

    /** One request of an operation about a fixture: refused after the access check, or harmless. */
    private static Response send(RequestSpecification request, String operation, PillarFixture f) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (String name : new String[]{"network", "id", "roleId", "goalId"}) {
            if (path.contains("{" + name + "}")) {
                path = path.replace("{" + name + "}", f.idFor(operation, name));
            }
        }
        request = request.contentType(ContentType.JSON);
        String member = f.member().municipalityId().toString();
        return switch (operation) {
            case "POST /v1/pillars" -> request.body(Map.of("network", f.network(), "code", "sociaal", "name", "Sociaal",
                    "validFrom", "2019-01-01")).post(path);
            case "PUT /v1/pillars/{id}" -> request.body(Map.of("network", f.network(), "code", "sociaal", "name", "Sociaal",
                    "validFrom", "2019-01-01")).put(path);
            case "POST /v1/pillars/{id}/roles" -> request.body(Map.of("role", "SUPPORTER",
                    "personId", f.member().supporterId(), "from", "2025-01-01")).post(path);
            case "PUT /v1/pillars/{id}/roles/{roleId}/end" -> request.body(Map.of("to", "2000-01-01")).put(path);
            case "POST /v1/themes" -> request.body(Map.of("network", f.network(), "code", PillarApi.uniqueCode("matrix"),
                    "pillarId", f.pillarId(), "name", "Matrix")).post(path);
            case "POST /v1/themes/{id}/references" -> request.body(Map.of("otherThemeId", f.otherThemeId())).post(path);
            case "POST /v1/activities" -> request.body(Map.of("themeId", f.themeId(), "kind", "LEARNING_CIRCLE",
                    "title", "Leerkring")).post(path);
            case "POST /v1/activities/{id}/participants" -> request.body(Map.of("municipalityId", member,
                    "since", "2025-01-01")).post(path);
            case "POST /v1/participations" -> request.body(Map.of("municipalityId", member, "themeId", f.themeId(),
                    "officialId", f.member().officialId(), "startedOn", "2025-01-01")).post(path);
            case "PUT /v1/participations/{id}/end" -> request.body(Map.of("endedOn", "2000-01-01")).put(path);
            case "POST /v1/stakeholders" -> request.body(Map.of("network", f.network(), "name", "Aedes",
                    "kind", "SECTOR_ORGANISATION")).post(path);
            case "POST /v1/stakeholders/{id}/contacts" -> request.body(Map.of("name", "Contactpersoon")).post(path);
            case "POST /v1/lobby-items" -> request.body(Map.of("pillarId", f.pillarId(), "kind", "LINE",
                    "title", "Lobbylijn")).post(path);
            case "PUT /v1/lobby-items/{id}/status" -> request.body(Map.of("status", "IN_PROGRESS")).put(path);
            case "POST /v1/year-plans" -> request.body(Map.of("pillarId", f.pillarId(), "year", f.year())).post(path);
            case "POST /v1/year-plans/{id}/goals" -> request.body(Map.of("description", "Nog een doel")).post(path);
            case "POST /v1/year-plans/{id}/goals/{goalId}/evaluations" -> request.body(Map.of("evaluatedOn", "2000-01-01",
                    "outcome", "ON_TRACK")).post(path);
            case "POST /v1/showcases" -> request.body(Map.of("network", f.network(), "themeId", f.themeId(),
                    "municipalityId", member, "title", "Voorbeeld", "story", "Een verhaal.")).post(path);
            default -> {
                if (!operation.startsWith("GET ")) {
                    throw new IllegalStateException("No request defined for " + operation + "; add one to send()");
                }
                String query = path.equals("/v1/" + path.split("/")[2]) ? "?network=" + f.network() : "";
                yield request.get(path + query);
            }
        };
    }
}
