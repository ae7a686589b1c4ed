package nl.municipalnetworks.member.access;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.memberOf;
import static nl.municipalnetworks.member.MemberApi.municipalityWithCode;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.ADMIN;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.ANY_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.EVERYONE;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.G40_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.M50_SECRETARIAT;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.M50_WORKERS;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.PEOPLE;
import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.SIGNED_IN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of member-service's OpenAPI document x every caller x own network (M50: Zeist) and another
 * (G40: Deventer), run by test-support's {@link AuthorizationMatrix}. The expected verdicts are the table
 * below; an operation in the document without a row fails the test, so a new endpoint cannot be forgotten.
 * Writes are sent with bodies that either change nothing (the same data again) or are refused after the
 * access check (a conflict), so the fixtures stay as they are.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class AuthorizationMatrixTest {

    private static final Set<Who> M50_SECRETARIAT_BOARD = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD);
    /** Names of Zeist's officials: whoever works for M50 as a whole, and Zeist's own official. */
    private static final Set<Who> M50_PEOPLE = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD,
            Who.M50_TREASURER, Who.M50_PILLAR_CHAIR, Who.PARTNER, Who.ZEIST_OFFICIAL);
    private static final Set<Who> ZEIST_EDITORS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.ZEIST_OFFICIAL);

    /** Operation -> who is allowed with an OWN target, and with an OTHER target. The one table of verdicts. */
    private static final AuthorizationMatrix EXPECTED = new AuthorizationMatrix()
            .same("GET /v1/networks", EVERYONE)
            .same("POST /v1/networks", ADMIN)
            .same("GET /v1/networks/{code}", EVERYONE)
            .same("GET /v1/networks/{code}/members", EVERYONE)
            .both("GET /v1/networks/{code}/growth", M50_SECRETARIAT_BOARD, EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT))
            .both("GET /v1/networks/{code}/board-positions", M50_WORKERS, G40_SECRETARIAT)
            .both("POST /v1/networks/{code}/board-positions", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("GET /v1/networks/{code}/vng-committee-seats", M50_WORKERS, G40_SECRETARIAT)
            .both("POST /v1/networks/{code}/vng-committee-seats", M50_SECRETARIAT, G40_SECRETARIAT)
            .same("GET /v1/partners", EVERYONE)
            .same("POST /v1/partners", ADMIN)
            .same("GET /v1/municipalities", SIGNED_IN)
            .same("POST /v1/municipalities", ANY_SECRETARIAT)
            .same("GET /v1/municipalities/{id}", SIGNED_IN)
            .both("PUT /v1/municipalities/{id}", M50_SECRETARIAT, G40_SECRETARIAT)
            .same("GET /v1/municipalities/{id}/population-counts", SIGNED_IN)
            .both("POST /v1/municipalities/{id}/population-counts", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("POST /v1/population-count-imports", M50_SECRETARIAT, G40_SECRETARIAT)
            .same("GET /v1/memberships", SIGNED_IN)
            .both("POST /v1/memberships", M50_SECRETARIAT, G40_SECRETARIAT)
            .same("GET /v1/memberships/{id}", SIGNED_IN)
            .both("POST /v1/memberships/{id}/status-changes", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("PUT /v1/memberships/{id}/recruitment", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("POST /v1/memberships/{id}/recruitment-notes", M50_SECRETARIAT, G40_SECRETARIAT)
            .both("GET /v1/memberships/{id}/contact-official", M50_PEOPLE, EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT))
            .both("PUT /v1/memberships/{id}/contact-official", ZEIST_EDITORS, G40_SECRETARIAT)
            .same("GET /v1/people", PEOPLE)
            .both("POST /v1/people", ZEIST_EDITORS, G40_SECRETARIAT)
            .both("GET /v1/people/{id}", M50_PEOPLE, EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT))
            .both("PUT /v1/people/{id}", ZEIST_EDITORS, G40_SECRETARIAT)
            .same("GET /v1/municipal-mergers", SIGNED_IN)
            .same("GET /v1/municipal-mergers/{id}", SIGNED_IN)
            .both("POST /v1/municipal-mergers", M50_SECRETARIAT, G40_SECRETARIAT);

    /** The data a request is about, per target. */
    private record Fixture(String network, String municipalityId, String municipalityName, String cbsCode,
                           String membershipId, String personId, Map<String, Object> municipalityData,
                           Map<String, Object> personData) {
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() {
        Map<Target, Fixture> fixtures = Map.of(Target.OWN, fixture("M50", "GM0355", "Zeist", "Utrecht"),
                Target.OTHER, fixture("G40", "GM0150", "Deventer", "Overijssel"));
        String mergerId = aMerger();
        EXPECTED.assertEveryOperationAnswersAsTheTableSays(
                (request, operation, target) -> send(request, operation, fixtures.get(target), mergerId));
    }

    /** One request of an operation about a target, built so that an allowed caller changes nothing. */
    private static Response send(RequestSpecification request, String operation, Fixture f, String mergerId) {
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{code}", f.network());
        String id = path.startsWith("/v1/people/") ? f.personId()
                : path.startsWith("/v1/memberships/") ? f.membershipId()
                : path.startsWith("/v1/municipal-mergers/") ? mergerId
                : f.municipalityId();
        path = path.replace("{id}", id);
        request = request.contentType(ContentType.JSON);
        Function<Object, RequestSpecification> body = request::body;
        return switch (operation) {
            case "POST /v1/networks" -> body.apply(Map.of("code", "M50", "name", "M50")).post(path);
            case "POST /v1/partners" -> body.apply(Map.of("name", "Platform31", "networks", List.of("M50"))).post(path);
            case "POST /v1/networks/{code}/board-positions" ->
                    body.apply(Map.of("personId", f.personId(), "position", "CHAIR")).post(path);
            case "POST /v1/networks/{code}/vng-committee-seats" ->
                    // Refused after the access check: a seat needs an existing person.
                    body.apply(Map.of("personId", "00000000-0000-0000-0000-000000000000", "committee", "Commissie Bestuur")).post(path);
            case "POST /v1/municipalities" -> body.apply(Map.of("name", f.municipalityName(), "cbsCode", f.cbsCode())).post(path);
            case "PUT /v1/municipalities/{id}" -> body.apply(f.municipalityData()).put(path);
            case "POST /v1/municipalities/{id}/population-counts" ->
                    body.apply(Map.of("referenceDate", "2022-01-01", "inhabitants", 100_000)).post(path);
            case "POST /v1/population-count-imports" -> request.contentType("text/csv")
                    .body("code,name,count,reference_date\n" + f.cbsCode() + "," + f.municipalityName() + ",100000,2022-01-01\n").post(path);
            case "POST /v1/memberships" -> body.apply(Map.of("network", f.network(), "municipalityId", f.municipalityId())).post(path);
            case "POST /v1/memberships/{id}/status-changes" ->
                    body.apply(Map.of("status", "PROSPECT", "effectiveOn", "2026-01-01")).post(path);
            case "PUT /v1/memberships/{id}/recruitment" -> body.apply(Map.of("status", "CONTACTED")).put(path);
            case "POST /v1/memberships/{id}/recruitment-notes" -> body.apply(Map.of("text", "Authorization matrix")).post(path);
            case "PUT /v1/memberships/{id}/contact-official" -> body.apply(Map.of("personId", f.personId())).put(path);
            case "POST /v1/people" -> body.apply(Map.of("municipalityId", f.municipalityId(), "firstName", "Matrix",
                    "lastName", "Test", "role", "ADVISER")).post(path);
            case "PUT /v1/people/{id}" -> body.apply(f.personData()).put(path);
            case "POST /v1/municipal-mergers" -> body.apply(Map.of("mergedOn", "2030-01-01", "successorId", f.municipalityId(),
                    "mergingMunicipalityIds", List.of(f.municipalityId()))).post(path);
            default -> {
                if (!operation.startsWith("GET ")) {
                    throw new IllegalStateException("No request defined for " + operation + "; add one to send()");
                }
                yield request.get(path);
            }
        };
    }

    /** The municipality as a member of the network, with its contact official, a chair and a population count. */
    private static Fixture fixture(String network, String cbsCode, String name, String province) {
        String municipalityId = municipalityWithCode(cbsCode, name, province);
        String membershipId = memberOf(network, municipalityId, name);
        Map<String, Object> municipality = as("platform-admin").get("/v1/municipalities/" + municipalityId)
                .then().statusCode(200).extract().path("");
        Map<String, Object> municipalityData = new LinkedHashMap<>();
        for (String field : List.of("cbsCode", "name", "province", "cluster")) {
            if (municipality.get(field) != null) {
                municipalityData.put(field, municipality.get(field));
            }
        }
        as("platform-admin").body(Map.of("referenceDate", "2022-01-01", "inhabitants", 100_000))
                .post("/v1/municipalities/" + municipalityId + "/population-counts");
        Map<String, Object> personData = Map.of("municipalityId", municipalityId, "firstName", "Contact",
                "lastName", "Ambtenaar " + network, "role", "SUPPORTING_CIVIL_SERVANT");
        String personId = as("platform-admin").get("/v1/memberships/" + membershipId + "/contact-official")
                .then().statusCode(200).extract().path("current.personId");
        if (personId == null) {
            personId = as("platform-admin").body(personData).post("/v1/people").then().statusCode(201).extract().path("id");
            as("platform-admin").body(Map.of("personId", personId))
                    .put("/v1/memberships/" + membershipId + "/contact-official").then().statusCode(200);
        } else {
            as("platform-admin").body(personData).put("/v1/people/" + personId).then().statusCode(200);
        }
        int chair = as("platform-admin").body(Map.of("personId", personId, "position", "CHAIR"))
                .post("/v1/networks/" + network + "/board-positions").statusCode();
        assertThat(chair).isIn(201, 409);
        return new Fixture(network, municipalityId, name, cbsCode, membershipId, personId, municipalityData, personData);
    }

    private static String aMerger() {
        String successor = createMunicipality(uniqueName("Samenstad"), uniqueCbsCode(), null);
        String merged = createMunicipality(uniqueName("Opgeheven"), uniqueCbsCode(), null);
        return as("platform-admin").body(Map.of("mergedOn", "2021-01-01", "successorId", successor,
                        "mergingMunicipalityIds", List.of(merged)))
                .post("/v1/municipal-mergers").then().statusCode(201).extract().path("id");
    }
}
