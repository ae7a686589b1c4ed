package nl.municipalnetworks.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract: published where the NL GOV API Design Rules say, without a token, and free
 * of violations of the rules the Logius linter checks (see test-support's NlGovApiRules).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class OpenApiContractTest {

    @Test
    void theDocumentFollowsTheNlGovApiDesignRules() {
        OpenApiDocument.assertFollowsNlGovRules();
    }

    @Test
    void theDocumentIsPublishedAtTheBasePathWithoutAToken() {
        JsonNode document = OpenApiDocument.fetch();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("servers").get(0).path("url").asText()).endsWith("/v1");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Events API");
        assertThat(document.path("paths").has("/networks/{network}/calendar.ics")).isTrue();
        given().get("/v1/openapi.yaml").then().statusCode(200);
        given().header("Origin", "https://developer.overheid.nl").get(OpenApiDocument.PATH).then()
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void everyListDocumentsItsPagingAsBoundedIntegers() {
        JsonNode document = OpenApiDocument.fetch();
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/events");
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/events/{id}/registrations");
    }
}
