package nl.municipalnetworks.member.access;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.memberOf;
import static nl.municipalnetworks.member.MemberApi.municipalityWithCode;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document x every role of the realm x a target in the caller's own
 * network (M50: Zeist, whose official is zeist-official) and in another network (G40: Deventer). The
 * expected verdicts are the table {@link #EXPECTED}; an operation in the document without a row fails
 * the test, so a new endpoint cannot be forgotten.
 *
 * <p>Allowed means the request passes authorization (any answer but 401/403, never 5xx); denied means
 * 403 for a signed-in caller and 401 for an anonymous one. Writes are sent with bodies that either
 * change nothing (the same data again) or are refused after the access check (a conflict), so the
 * fixtures stay as they are.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class AuthorizationMatrixTest {

    /** The callers: every realm role, the two officials for own / other municipality, and no token. */
    enum Who {
        ANONYMOUS(null), PLATFORM_ADMIN("platform-admin"), M50_SECRETARIAT("m50-secretariat"), M50_BOARD("m50-board"),
        M50_TREASURER("m50-treasurer"), M50_PILLAR_CHAIR("m50-pillar-chair"), ZEIST_OFFICIAL("zeist-official"),
        WAALWIJK_OFFICIAL("waalwijk-official"), PARTNER("platform31-partner"), G40_SECRETARIAT("g40-secretariat"),
        VNG_CLIENT(null);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /** Whom a request is about: the caller's own network (M50, Zeist) or another (G40, Deventer). */
    enum Target { OWN, OTHER }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> ADMIN = EnumSet.of(Who.PLATFORM_ADMIN);
    private static final Set<Who> ANY_SECRETARIAT = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.G40_SECRETARIAT);
    private static final Set<Who> M50_SECRETARIAT = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT);
    private static final Set<Who> G40_SECRETARIAT = EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT);
    private static final Set<Who> M50_SECRETARIAT_BOARD = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD);
    /** Names of Zeist's officials: whoever works for M50 as a whole, and Zeist's own official. */
    private static final Set<Who> M50_PEOPLE = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD,
            Who.M50_TREASURER, Who.M50_PILLAR_CHAIR, Who.PARTNER, Who.ZEIST_OFFICIAL);
    private static final Set<Who> M50_WORKERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.M50_BOARD,
            Who.M50_TREASURER, Who.M50_PILLAR_CHAIR, Who.PARTNER, Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);
    private static final Set<Who> PEOPLE_READERS = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS, Who.VNG_CLIENT));
    private static final Set<Who> ZEIST_EDITORS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_SECRETARIAT, Who.ZEIST_OFFICIAL);

    /** Operation -> who is allowed with an OWN target, and with an OTHER target. The one table of verdicts. */
    private static final Map<String, Map<Target, Set<Who>>> EXPECTED = new LinkedHashMap<>();

    static {
        same("GET /v1/networks", EVERYONE);
        same("POST /v1/networks", ADMIN);
        same("GET /v1/networks/{code}", EVERYONE);
        same("GET /v1/networks/{code}/members", EVERYONE);
        both("GET /v1/networks/{code}/growth", M50_SECRETARIAT_BOARD, EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT));
        both("GET /v1/networks/{code}/board-positions", M50_WORKERS, G40_SECRETARIAT);
        both("POST /v1/networks/{code}/board-positions", M50_SECRETARIAT, G40_SECRETARIAT);
        both("GET /v1/networks/{code}/vng-committee-seats", M50_WORKERS, G40_SECRETARIAT);
        both("POST /v1/networks/{code}/vng-committee-seats", M50_SECRETARIAT, G40_SECRETARIAT);
        same("GET /v1/partners", EVERYONE);
        same("POST /v1/partners", ADMIN);
        same("GET /v1/municipalities", SIGNED_IN);
        same("POST /v1/municipalities", ANY_SECRETARIAT);
        same("GET /v1/municipalities/{id}", SIGNED_IN);
        both("PUT /v1/municipalities/{id}", M50_SECRETARIAT, G40_SECRETARIAT);
        same("GET /v1/municipalities/{id}/population-counts", SIGNED_IN);
        both("POST /v1/municipalities/{id}/population-counts", M50_SECRETARIAT, G40_SECRETARIAT);
        both("POST /v1/population-count-imports", M50_SECRETARIAT, G40_SECRETARIAT);
        same("GET /v1/memberships", SIGNED_IN);
        both("POST /v1/memberships", M50_SECRETARIAT, G40_SECRETARIAT);
        same("GET /v1/memberships/{id}", SIGNED_IN);
        both("POST /v1/memberships/{id}/status-changes", M50_SECRETARIAT, G40_SECRETARIAT);
        both("PUT /v1/memberships/{id}/recruitment", M50_SECRETARIAT, G40_SECRETARIAT);
        both("POST /v1/memberships/{id}/recruitment-notes", M50_SECRETARIAT, G40_SECRETARIAT);
        both("GET /v1/memberships/{id}/contact-official", M50_PEOPLE, EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT));
        both("PUT /v1/memberships/{id}/contact-official", ZEIST_EDITORS, G40_SECRETARIAT);
        same("GET /v1/people", PEOPLE_READERS);
        both("POST /v1/people", ZEIST_EDITORS, G40_SECRETARIAT);
        both("GET /v1/people/{id}", M50_PEOPLE, EnumSet.of(Who.PLATFORM_ADMIN, Who.G40_SECRETARIAT));
        both("PUT /v1/people/{id}", ZEIST_EDITORS, G40_SECRETARIAT);
        same("GET /v1/municipal-mergers", SIGNED_IN);
        same("GET /v1/municipal-mergers/{id}", SIGNED_IN);
        both("POST /v1/municipal-mergers", M50_SECRETARIAT, G40_SECRETARIAT);
    }

    private static void same(String operation, Set<Who> allowed) {
        both(operation, allowed, allowed);
    }

    private static void both(String operation, Set<Who> own, Set<Who> other) {
        EXPECTED.put(operation, Map.of(Target.OWN, own, Target.OTHER, other));
    }

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

        Set<String> documented = documentedOperations();
        assertThat(new TreeSet<>(EXPECTED.keySet()))
                .as("every operation of the OpenAPI document has a row in the matrix, and every row an operation")
                .isEqualTo(new TreeSet<>(documented));

        Map<Who, String> tokens = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            if (who == Who.VNG_CLIENT) {
                tokens.put(who, TestTokens.forClient("vng-network-client", "vng-network-client-secret"));
            } else if (who.user != null) {
                tokens.put(who, TestTokens.forUser(who.user));
            }
        }
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, Map<Target, Set<Who>>> row : EXPECTED.entrySet()) {
            for (Target target : Target.values()) {
                Fixture fixture = fixtures.get(target);
                for (Who who : Who.values()) {
                    RequestSpecification request = who == Who.ANONYMOUS ? given() : given().auth().oauth2(tokens.get(who));
                    Response response = send(request, row.getKey(), fixture, mergerId);
                    requests++;
                    int status = response.statusCode();
                    boolean allowed = row.getValue().get(target).contains(who);
                    int denial = who == Who.ANONYMOUS ? 401 : 403;
                    boolean ok = status < 500 && (allowed ? status != 401 && status != 403 : status == denial);
                    if (!ok) {
                        wrong.add(row.getKey() + " " + target + " as " + who + ": expected "
                                + (allowed ? "allowed" : String.valueOf(denial)) + ", got " + status + " " + response.body().asString());
                    }
                }
            }
        }
        System.out.printf("[authorization matrix] %d operations x %d callers x %d targets = %d requests%n",
                EXPECTED.size(), Who.values().length, Target.values().length, requests);
        assertThat(wrong).as("verdicts that differ from the table").isEmpty();
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

    /** "METHOD path" of every operation in the service's OpenAPI document. */
    @SuppressWarnings("unchecked")
    private static Set<String> documentedOperations() {
        Map<String, Object> document = given().accept(ContentType.JSON).get("/v1/openapi.json")
                .then().statusCode(200).extract().path("");
        // Paths are relative to the server URL, which carries the major version (/v1).
        String base = (String) ((List<Map<String, Object>>) document.get("servers")).get(0).get("url");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + base + path)));
        return operations;
    }
}
