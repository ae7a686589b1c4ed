package nl.municipalnetworks.pillar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract: published where the NL GOV API Design Rules say, free of
 * violations of the rules the Logius linter checks (see NlGovApiRules), and true to what the service
 * answers.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentFollowsTheNlGovApiDesignRules() throws IOException {
        String document = given().get("/v1/openapi.json").then().statusCode(200)
                .contentType("application/json").extract().asString();
        // Kept for a look or an external linter (spectral lint target/openapi.json).
        Files.writeString(Path.of("target", "openapi.json"), document);

        List<Violation> violations = NlGovApiRules.check(document);
        violations.stream().filter(v -> v.severity() == NlGovApiRules.Severity.WARNING)
                .forEach(v -> System.out.println("[openapi lint] " + v));
        List<Violation> errors = NlGovApiRules.errors(violations);
        assertThat(errors)
                .withFailMessage(() -> errors.size() + " violations of the NL GOV API Design Rules in /v1/openapi.json:\n"
                        + errors.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theDocumentIsPublishedAtTheBasePathWithoutAToken() throws IOException {
        JsonNode document = JSON.readTree(given().get("/v1/openapi.json").then().statusCode(200).extract().asString());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("servers").get(0).path("url").asText()).endsWith("/v1");
        assertThat(document.path("paths").has("/pillars/{id}/roles")).isTrue();
        given().get("/v1/openapi.yaml").then().statusCode(200);
        // Readable from a browser on another domain; the API itself is not opened that way.
        given().header("Origin", "https://developer.overheid.nl").get("/v1/openapi.json").then()
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://developer.overheid.nl").get("/v1/pillars?network=M50").then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
