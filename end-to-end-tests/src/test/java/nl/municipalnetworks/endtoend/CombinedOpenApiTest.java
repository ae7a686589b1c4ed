package nl.municipalnetworks.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one API document of the gateway, combined from the four real services' documents and the gateway's own: nothing
 * left out, every service path under the gateway's /api/v1/&lt;family&gt;, and the NL GOV API Design Rules hold for the whole (the
 * gateway's own OpenApiApiTest only sees small hand-written documents of its echo backends).
 */
class CombinedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Route family at the gateway -> the service behind it. */
    private static final Map<String, String> FAMILIES = Map.of("members", "member-service", "pillars", "pillar-service",
            "finance", "finance-service", "events", "events-service");

    private static EndToEnd platform;
    private static JsonNode combined;

    @BeforeAll
    static void fetchTheCombinedDocument() throws IOException {
        platform = EndToEnd.platform();
        Response response = RestAssured.get(platform.gatewayUrl() + "/api/v1/openapi.json");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("X-Missing-Services")).as("services left out").isNull();
        combined = JSON.readTree(response.asString());
    }

    @Test
    void noServiceIsLeftOut() {
        assertThat(combined.path("x-missing-services").isArray()).as("x-missing-services is a list").isTrue();
        assertThat(combined.path("x-missing-services")).as("x-missing-services").isEmpty();
        assertThat(combined.at("/servers/0/url").asText()).endsWith("/api/v1");
    }

    @Test
    void everyPathOfEveryServiceIsThereAsTheGatewayRoutesIt() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Map.Entry<String, String> family : FAMILIES.entrySet()) {
            JsonNode own = JSON.readTree(RestAssured.get(platform.serviceUrl(family.getValue()) + "/v1/openapi.json")
                    .then().statusCode(200).extract().asString());
            assertThat(own.at("/servers/0/url").asText()).as(family.getValue()).endsWith("/v1");
            own.path("paths").fieldNames().forEachRemaining(path -> expected.add("/" + family.getKey() + path));
        }
        assertThat(expected).as("the four services' paths").hasSizeGreaterThan(100);
        // and the gateway's own API (its audit trail)
        expected.add("/gateway/audit-records");
        Set<String> paths = new TreeSet<>();
        combined.path("paths").fieldNames().forEachRemaining(paths::add);

        // Relative to the server /api/v1: /members/memberships is /api/v1/members/memberships at the gateway.
        assertThat(paths).isEqualTo(expected);
    }

    @Test
    void theCombinedDocumentFollowsTheNlGovApiDesignRules() {
        // No exceptions were needed: every rule that holds for each service's document holds for the combination.
        assertThat(NlGovApiRules.errors(NlGovApiRules.check(combined))).isEmpty();
    }
}
