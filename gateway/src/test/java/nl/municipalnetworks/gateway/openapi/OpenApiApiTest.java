package nl.municipalnetworks.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.municipalnetworks.gateway.EchoBackends;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The combined API document of the echo backends' small hand-written documents ({@code echo-openapi/*.json}), and
 * Swagger UI on it. The real services' documents are combined and linted on the local platform (README).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class OpenApiApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "/api/v1/openapi.json";

    @Inject
    CombinedOpenApi combined;

    @Test
    void theDocumentHasTheGatewaysPathsMergedSchemasAndOneSecuritySchemeWithoutAToken() throws Exception {
        combined.forget();
        JsonNode document = fetch(given().get(DOCUMENT).then().statusCode(200).contentType("application/json")
                .header(CombinedOpenApi.MISSING_HEADER, nullValue()).extract().response());

        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(names(document.get("paths"))).containsExactly("/members/municipalities",
                "/members/networks/{code}/members", "/pillars/pillars/{id}/status", "/finance/invoices",
                "/events/events/{id}/status", "/events/networks/{code}/calendar",
                // the gateway's own API, from its own document
                "/gateway/audit-records");
        // Problem and InvalidParam are the same in every document (the gateway's own too), so they are shared.
        assertThat(names(document.at("/components/schemas"))).containsExactlyInAnyOrder("Problem", "InvalidParam",
                "MembersMunicipalityView", "FinanceMunicipalityView", "PageMunicipalityView", "InvoicePage",
                "MembersLocalDate", "PillarsLocalDate", "PillarsStatusChange", "EventsStatusChange",
                "AuditRecordView", "PageAuditRecordView");
        assertThat(document.at("/components/schemas/InvoicePage/properties/items/items/$ref").asText())
                .isEqualTo("#/components/schemas/FinanceMunicipalityView");
        assertThat(names(document.at("/components/securitySchemes"))).containsExactly(OpenApiMerge.SECURITY_SCHEME);
        assertThat(document.at("/components/securitySchemes/OpenIdConnect/openIdConnectUrl").asText())
                .isEqualTo(TestTokens.issuerUrl() + "/.well-known/openid-configuration");
        assertThat(document.at("/paths/~1finance~1invoices/get/security").toString()).isEqualTo("[{\"OpenIdConnect\":[\"treasurer\"]}]");
        assertThat(document.at("/paths/~1finance~1invoices/get/tags").toString()).isEqualTo("[\"Finance: Invoices\"]");
        assertThat(document.get("x-missing-services").isEmpty()).isTrue();
        assertThat(document.at("/x-services/1/version").asText()).isEqualTo("1.1.0");

        // Each documented path is where the gateway takes it to: the service's own path at the right service.
        Map<String, String> backends = Map.of("members", "members", "pillars", "pillars", "finance", "finance", "events", "events");
        for (String path : names(document.get("paths"))) {
            if (path.startsWith("/gateway/")) {
                continue; // the gateway's own resource, not a service's: AuditOpenApiDocumentTest holds it to its document
            }
            String concrete = path.replaceAll("\\{[^}]+}", "M50");
            Response echo = given().get("/api/v1" + concrete);
            String family = concrete.split("/")[1];
            assertThat(echo.jsonPath().getString("backend")).as(path).isEqualTo(backends.get(family));
            assertThat(echo.jsonPath().getString("path")).as(path).isEqualTo("/v1" + concrete.substring(family.length() + 1));
        }
    }

    @Test
    void theCombinedDocumentFollowsTheNlGovRulesAsTheServicesDocumentsDo() throws Exception {
        for (String service : EchoBackends.NAMES) {
            assertThat(NlGovApiRules.errors(NlGovApiRules.check(EchoBackends.openApiDocument(service).toString())))
                    .as("the echo document of " + service).isEmpty();
        }
        combined.forget();
        String document = given().get(DOCUMENT).then().statusCode(200).extract().asString();
        assertThat(NlGovApiRules.errors(NlGovApiRules.check(document))).isEmpty();
        JsonNode tree = JSON.readTree(document);
        assertThat(tree.at("/info/version").asText()).isEqualTo("1.0.0");
        assertThat(tree.at("/info/contact/email").asText()).isEqualTo("platform@municipalnetworks.nl");
    }

    @Test
    void aServiceThatIsDownIsLeftOutAndTheRestIsServed() throws Exception {
        EchoBackends.stop("finance");
        try {
            combined.forget();
            JsonNode document = fetch(given().get(DOCUMENT).then().statusCode(200)
                    .header(CombinedOpenApi.MISSING_HEADER, "finance").extract().response());
            assertThat(document.at("/x-missing-services/0/name").asText()).isEqualTo("finance");
            assertThat(document.at("/x-missing-services/0/reason").asText()).contains("cannot be reached");
            assertThat(document.at("/info/description").asText()).contains("finance could not be fetched");
            assertThat(names(document.get("paths"))).contains("/members/municipalities", "/events/events/{id}/status")
                    .noneMatch(path -> path.startsWith("/finance/"));
            // Without finance, MunicipalityView has one definition and keeps its name.
            assertThat(document.at("/components/schemas").has("MunicipalityView")).isTrue();
        } finally {
            EchoBackends.restart("finance");
        }
        combined.forget();
        given().get(DOCUMENT).then().statusCode(200).header(CombinedOpenApi.MISSING_HEADER, nullValue())
                .body("paths", org.hamcrest.Matchers.hasKey("/finance/invoices"));
    }

    @Test
    void theDocumentIsKeptAndAnswersConditionalRequests() {
        combined.forget();
        String etag = given().get(DOCUMENT).then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"");
        EchoBackends.stop("pillars");
        try {
            // Kept: pillars' part is still there although it is down now, and nothing changed.
            given().header("If-None-Match", etag).get(DOCUMENT).then().statusCode(304);
            given().get(DOCUMENT).then().statusCode(200).header("ETag", etag)
                    .body("paths", org.hamcrest.Matchers.hasKey("/pillars/pillars/{id}/status"));
            combined.forget();
            given().header("If-None-Match", etag).get(DOCUMENT).then().statusCode(200)
                    .header(CombinedOpenApi.MISSING_HEADER, "pillars");
        } finally {
            EchoBackends.restart("pillars");
            combined.forget();
        }
    }

    @Test
    void theDocumentIsPublicAndAlsoServedToACallerWithAToken() {
        given().auth().oauth2(TestTokens.forUser("m50-board")).get(DOCUMENT).then().statusCode(200)
                .body("openapi", equalTo("3.1.0"));
        given().auth().oauth2("not.a.token").get(DOCUMENT).then().statusCode(401);
    }

    @Test
    void swaggerUiAnswersAndPointsAtTheCombinedDocument() {
        String page = given().get("/api/docs").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("connect-src 'self' " + SwaggerUi.origin(TestTokens.issuerUrl())))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY")
                .extract().asString();
        assertThat(page).contains("data-document-url=\"" + DOCUMENT + "\"", "data-client-id=\"web-portal\"",
                "data-oauth2-redirect-path=\"/api/docs/oauth2-redirect.html\"", "src=\"/api/docs/swagger-ui-bundle.js\"");
        assertThat(page).doesNotContain("<script>");
        given().get("/api/docs/swagger-ui-bundle.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("SwaggerUIBundle"));
        given().get("/api/docs/swagger-initializer.js").then().statusCode(200).body(containsString("usePkceWithAuthorizationCodeGrant"));
        given().get("/api/docs/swagger-ui.css").then().statusCode(200).contentType(containsString("text/css"));

        // The redirect page's one inline script is allowed by its hash, and nothing else inline.
        Response redirect = given().get("/api/docs/oauth2-redirect.html");
        redirect.then().statusCode(200);
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(redirect.asString());
        assertThat(script.find()).isTrue();
        assertThat(redirect.header("Content-Security-Policy"))
                .contains("script-src 'sha256-" + SwaggerUi.sha256(script.group(1)) + "'")
                .doesNotContain("unsafe-inline");
        // The gateway's other answers keep their strict policy, and the UI jar's own files are not served as they are.
        given().get("/api/docs/nothing").then().statusCode(404)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        for (String jarFile : new String[] {"/openapi-ui/index.html", "/openapi-ui/swagger-ui-bundle.js", "/template/index.html"}) {
            given().get(jarFile).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void swaggerUiLogsInAsWebPortalWithPkceAndItsTokenWorksAtTheGateway() throws Exception {
        // The local platform's gateway origin: the realm lists it as a web origin of web-portal (CORS has no
        // loopback-any-port rule, unlike redirect URIs); the token then works at this test's gateway as well.
        String origin = "http://127.0.0.1:8080";
        String token = SwaggerUiLogin.logIn(TestTokens.issuerUrl(), "web-portal", origin + "/api/docs/oauth2-redirect.html",
                origin, "m50-secretariat");
        given().auth().oauth2(token).get("/api/v1/members/memberships").then().statusCode(200)
                .body("headers.authorization[0]", equalTo("Bearer " + token));
    }

    private static JsonNode fetch(Response response) throws Exception {
        return JSON.readTree(response.asByteArray());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
