package nl.municipalnetworks.gateway.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Request ids, CORS for the configured origin only (https://portal.example.nl in tests), security headers. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class WebHygieneApiTest {

    private static final String PORTAL = "https://portal.example.nl";

    @Test
    void everyRequestGetsAnIdThatTheServiceSeesToo() {
        Response response = given().get("/api/v1/members/networks/M50/members");
        String id = response.header("X-Request-Id");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(response.jsonPath().getList("headers.x-request-id", String.class)).containsExactly(id);
        assertThat(given().get("/api/v1/members/networks/M50/members").header("X-Request-Id")).isNotEqualTo(id);
    }

    @Test
    void aSaneIdOfTheCallerIsKeptAndAnOddOneReplaced() {
        Response kept = given().header("X-Request-Id", "portal-7f3a.42").get("/api/v1/pillars/pillars");
        assertThat(kept.header("X-Request-Id")).isEqualTo("portal-7f3a.42");
        assertThat(kept.jsonPath().getList("headers.x-request-id", String.class)).containsExactly("portal-7f3a.42");

        Response replaced = given().header("X-Request-Id", "x".repeat(300)).get("/api/v1/pillars/pillars");
        assertThat(replaced.header("X-Request-Id")).hasSize(36);
        assertThat(replaced.jsonPath().getList("headers.x-request-id", String.class)).containsExactly(replaced.header("X-Request-Id"));
    }

    @Test
    void theGatewaysOwnAnswersCarryTheIdAndTheHeadersToo() {
        for (Response response : new Response[] {given().get("/nowhere"),
                given().auth().oauth2("a.b.c").get("/api/v1/members/memberships")}) {
            assertThat(response.header("X-Request-Id")).isNotBlank();
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void securityHeadersOnTheServicesAnswersAndNoHstsOverPlainHttp() {
        given().auth().oauth2(TestTokens.forUser("m50-board")).get("/api/v1/members/memberships")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theConfiguredOriginMayCallFromABrowser() {
        given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/events/events/1/registrations")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));

        JsonPath echo = given().header("Origin", PORTAL).get("/api/v1/events/events")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("X-Request-Id"))
                .extract().jsonPath();
        assertThat(echo.getString("backend")).isEqualTo("events");
    }

    @Test
    void anotherOriginIsRefusedAndNothingIsForwarded() {
        for (String origin : new String[] {"https://evil.example", "http://portal.example.nl", "null"}) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "DELETE")
                    .options("/api/v1/events/events/1")
                    .then().statusCode(403).contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", nullValue());
            given().header("Origin", origin).get("/api/v1/events/events")
                    .then().statusCode(403).contentType("application/problem+json")
                    .header("Access-Control-Allow-Origin", nullValue())
                    .body("status", equalTo(403))
                    .body("backend", nullValue());
        }
    }
}
