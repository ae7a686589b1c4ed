package nl.municipalnetworks.member;

import nl.municipalnetworks.testsupport.api.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of client mistake is a 4xx application/problem+json naming what was wrong, in words
 * without Java type names, and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class BadInputApiTest {

    private static final String SECRETARIAT = "m50-secretariat";

    @TestHTTPResource("/")
    URL base;

    @Test
    void unknownFieldsAreRefused() {
        String name = uniqueName("Onbekendveld");
        Response response = as(SECRETARIAT).body(Map.of("name", name, "colour", "red")).post("/v1/municipalities");
        assertProblem(response, 400, "colour", "is not a known field");
        assertNoMunicipalityNamed(name);
    }

    @Test
    void aFractionIsNotAWholeNumberAndTextIsNotANumber() {
        String id = createMunicipality(uniqueName("Breuk"), uniqueCbsCode(), "Utrecht");
        String counts = "/v1/municipalities/" + id + "/population-counts";
        for (Object inhabitants : List.of(1.5, 1.0, "12000", 99_999_999_999L, true)) {
            Response response = as(SECRETARIAT).body(Map.of("referenceDate", "2024-01-01", "inhabitants", inhabitants))
                    .post(counts);
            assertProblem(response, 400, "inhabitants", "must be a whole number");
        }
        assertThat(as(SECRETARIAT).get(counts).then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void numbersAndBooleansAreNotNames() {
        String name = uniqueName("Naamvast");
        String cbsCode = uniqueCbsCode();
        String id = createMunicipality(name, cbsCode, "Utrecht");
        for (Object notText : List.of(12345, true, List.of("a"), Map.of("nl", "Zeist"))) {
            Map<String, Object> body = new HashMap<>(Map.of("cbsCode", cbsCode, "province", "Utrecht"));
            body.put("name", notText);
            assertProblem(as(SECRETARIAT).body(body).put("/v1/municipalities/" + id), 400, "name", "must be text");
        }
        as(SECRETARIAT).get("/v1/municipalities/" + id).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(name));
    }

    @Test
    void datesAreYyyyMmDdWithinTheRange() {
        String id = createMunicipality(uniqueName("Datum"), uniqueCbsCode(), "Utrecht");
        String counts = "/v1/municipalities/" + id + "/population-counts";
        for (Object date : List.of("+999999999-12-31", "2023-02-29", "1799-12-31", "2200-01-01", "01-01-2024",
                "2024-01-01T00:00:00", 20240101)) {
            Response response = as(SECRETARIAT).body(Map.of("referenceDate", date, "inhabitants", 1000)).post(counts);
            assertProblem(response, 400, "referenceDate",
                    "must be a date written as YYYY-MM-DD between 1800-01-01 and 2199-12-31");
        }
        assertThat(as(SECRETARIAT).get(counts).then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void idsAndChoicesSayWhatTheyMustBe() {
        assertProblem(as(SECRETARIAT).body(Map.of("network", "M50", "municipalityId", "not-an-id"))
                .post("/v1/memberships"), 400, "municipalityId", "must be an id (UUID)");
        String id = createMunicipality(uniqueName("Keuze"), uniqueCbsCode(), "Utrecht");
        assertProblem(as(SECRETARIAT).body(Map.of("network", "M50", "municipalityId", id, "status", "GONE"))
                .post("/v1/memberships"), 400, "status", "must be one of: ");
        assertProblem(as(SECRETARIAT).body(List.of(Map.of("name", "x"))).post("/v1/municipalities"),
                400, "body", "must be a JSON object");
        as(SECRETARIAT).get("/v1/memberships?network=M50&name=" + "Keuze").then().statusCode(200);
        assertThat(as(SECRETARIAT).get("/v1/municipalities/" + id).then().statusCode(200).extract().path("id")
                .toString()).isEqualTo(id);
    }

    @Test
    void controlCharactersInTextAreRefused() {
        String name = uniqueName("Stuurteken");
        for (String bad : List.of(name + "\u0000", name + "\u0007", "\u001b[31m" + name, name + "\ud800")) {
            Response response = as(SECRETARIAT).body(Map.of("name", bad)).post("/v1/municipalities");
            assertProblem(response, 400, "name", "");
        }
        assertNoMunicipalityNamed(name);
    }

    @Test
    void malformedJsonAndBytesThatAreNotUtf8AreRefused() {
        String name = uniqueName("Kapot");
        Response broken = as(SECRETARIAT).body("{\"name\": \"" + name + "\",\n \"province\": }").post("/v1/municipalities");
        assertProblem(broken, 400, "body", "is not valid JSON (line 2, column");
        assertThat(broken.jsonPath().getString("detail")).startsWith("The request body is not valid JSON");

        byte[] latin1 = ("{\"name\": \"" + name + " Fryslân\"}").getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(as(SECRETARIAT).body(latin1).post("/v1/municipalities"), 400, "body", "is not UTF-8 text");

        assertProblem(as(SECRETARIAT).body("{\"name\": \"" + name + "\", \"name\": \"x\"}").post("/v1/municipalities"),
                400, "body", "names a field more than once");
        assertNoMunicipalityNamed(name);
    }

    @Test
    void anOversizedBodyIs413WithProblemDetails() throws Exception {
        String name = uniqueName("Groot");
        String headers = "Authorization: Bearer " + TestTokens.forUser(SECRETARIAT) + "\r\nContent-Type: application/json\r\n";
        byte[] big = ("{\"name\": \"" + name + "\", \"cluster\": \"" + "a".repeat(9_000_000) /* above the 8 MiB limit of service-commons */ + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer declared = RawHttp.send(base, "POST", "/v1/municipalities",
                headers + "Content-Length: " + big.length + "\r\n", new byte[0], false);
        assertRawProblem(declared, 413, "body");

        RawHttp.Answer chunked = RawHttp.send(base, "POST", "/v1/municipalities", headers, big, true);
        assertRawProblem(chunked, 413, "body");
        assertNoMunicipalityNamed(name);

        // A chunked body within the limit is read as usual.
        byte[] small = ("{\"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(RawHttp.send(base, "POST", "/v1/municipalities", headers, small, true).status()).isEqualTo(201);
    }

    @Test
    void anOverlongUriIs414WithProblemDetails() throws Exception {
        RawHttp.Answer answer = RawHttp.send(base, "GET", "/v1/networks?name=" + "a".repeat(20_000), "", null, false);
        assertRawProblem(answer, 414, "uri");
    }

    @Test
    void bytesInTheUriThatAreNotTextAreRefusedNamingTheParameter() throws Exception {
        String auth = "Authorization: Bearer " + TestTokens.forUser(SECRETARIAT) + "\r\n";
        for (String value : List.of("%C3%28", "%FF", "%00", "ab%1Bcd", "%E2%82")) {
            assertRawProblem(RawHttp.send(base, "GET", "/v1/municipalities?name=" + value, auth, null, false), 400, "name");
        }
        assertRawProblem(RawHttp.send(base, "GET", "/v1/networks/M5%000", "", null, false), 400, "path");
        assertRawProblem(RawHttp.send(base, "GET", "/v1/municipalities/%FF", auth, null, false), 400, "path");

        // A PUT whose path is not text changes nothing.
        String name = uniqueName("Padvast");
        String id = createMunicipality(name, uniqueCbsCode(), "Utrecht");
        byte[] body = ("{\"name\": \"Anders\"}").getBytes(StandardCharsets.UTF_8);
        assertRawProblem(RawHttp.send(base, "PUT", "/v1/municipalities/" + id + "%00",
                auth + "Content-Type: application/json\r\n", body, false), 400, "path");
        as(SECRETARIAT).get("/v1/municipalities/" + id).then().body("name", org.hamcrest.Matchers.equalTo(name));
    }

    @Test
    void emptyOrOddSortExpressionsAreRefused() {
        for (String sort : List.of(",", ",,", "-", "name,", "name,,province", "name,-name")) {
            Response response = as(SECRETARIAT).queryParam("sort", sort).get("/v1/municipalities");
            assertProblem(response, 400, "sort", "allowed: cbsCode, cluster, name, province");
        }
        Response publicList = as(SECRETARIAT).queryParam("sort", ",").get("/v1/networks/M50/members");
        assertProblem(publicList, 400, "sort", "allowed:");
    }

    @Test
    void extremeOrNonPlainPageNumbersAreRefused() {
        for (String page : List.of("2147483647", "50002", "0", "1.5", "1e3", "+1", "-1")) {
            assertProblem(as(SECRETARIAT).queryParam("page", page).get("/v1/municipalities"), 400, "page", "");
        }
        assertProblem(as(SECRETARIAT).queryParam("pageSize", "1e2").get("/v1/municipalities"), 400, "pageSize", "");
        as(SECRETARIAT).queryParam("page", "50001").get("/v1/municipalities").then().statusCode(200);
    }

    @Test
    void malformedPathIdsAndCodesAre400NamingTheParameter() {
        assertProblem(as(SECRETARIAT).get("/v1/municipalities/not-a-uuid"), 400, "id", "must be an id (UUID)");
        assertProblem(as(SECRETARIAT).get("/v1/memberships/123"), 400, "id", "must be an id (UUID)");
        assertProblem(as(SECRETARIAT).get("/v1/people/1-1-1-1-1"), 400, "id", "must be an id (UUID)");
        assertProblem(as(SECRETARIAT).get("/v1/networks/M"), 400, "code", "2-10 capitals or digits");
        assertProblem(as(SECRETARIAT).get("/v1/networks/M-50"), 400, "code", "2-10 capitals or digits");
        assertProblem(as(SECRETARIAT).get("/v1/networks/" + "M".repeat(21) + "/board-positions"), 400, "code", "");

        String name = uniqueName("Padid");
        String cbsCode = uniqueCbsCode();
        String id = createMunicipality(name, cbsCode, "Utrecht");
        assertProblem(as(SECRETARIAT).body(Map.of("name", "Anders")).put("/v1/municipalities/" + id + "x"),
                400, "id", "must be an id (UUID)");
        as(SECRETARIAT).get("/v1/municipalities/" + id).then().body("name", org.hamcrest.Matchers.equalTo(name));
        // A well-formed id that does not exist is still a 404.
        as(SECRETARIAT).get("/v1/municipalities/00000000-0000-4000-8000-000000000000").then().statusCode(404);
    }

    private static void assertNoMunicipalityNamed(String name) {
        assertThat(as(SECRETARIAT).queryParam("name", name).get("/v1/municipalities")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems")).isZero();
    }

    private static void assertProblem(Response response, int status, String field, String reasonPart) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<Map<String, String>> params = response.jsonPath().getList("invalidParams");
        assertThat(params).as(response.asString()).anySatisfy(p -> {
            assertThat(p.get("name")).isEqualTo(field);
            assertThat(p.get("reason")).contains(reasonPart);
        });
        assertNoJavaNames(response.asString());
    }

    private static void assertRawProblem(RawHttp.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"name\":\"" + field + "\"");
        assertNoJavaNames(answer.body());
    }

    private static void assertNoJavaNames(String text) {
        assertThat(text).doesNotContain("java.", "jakarta.", "com.fasterxml", "`", "Integer", "LocalDate", "String",
                "Exception", "nl.municipalnetworks");
    }
}
