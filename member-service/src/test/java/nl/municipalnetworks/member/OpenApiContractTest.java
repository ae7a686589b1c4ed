package nl.municipalnetworks.member;

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
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract: published where the NL GOV API Design Rules say, free of
 * violations of the rules the Logius linter checks (see NlGovApiRules), and true to what the service
 * answers.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
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
        assertThat(document.path("paths").has("/memberships/{id}/status-changes")).isTrue();
        given().get("/v1/openapi.yaml").then().statusCode(200);
        // Readable from a browser on another domain; the API itself is not opened that way.
        given().header("Origin", "https://developer.overheid.nl").get("/v1/openapi.json").then()
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://developer.overheid.nl").get("/v1/networks").then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void createAMunicipalityAnswersWhatTheDocumentSays() throws IOException {
        JsonNode document = JSON.readTree(given().get("/v1/openapi.json").then().statusCode(200).extract().asString());
        JsonNode create = document.at("/paths/~1municipalities/post/responses");
        assertThat(create.has("201")).as("POST /municipalities documents 201").isTrue();
        assertThat(create.has("200")).as("POST /municipalities does not answer 200").isFalse();
        Set<String> documented = propertyNames(document, create.at("/201/content/application~1json/schema"));
        assertThat(documented).contains("id", "name", "cbsCode");

        Response created = as("m50-secretariat")
                .body(Map.of("name", uniqueName("Contractstad"), "cbsCode", uniqueCbsCode(), "province", "Utrecht"))
                .post("/v1/municipalities");
        created.then().statusCode(201).header("API-Version", document.at("/info/version").asText());
        Set<String> answered = fieldNames(JSON.readTree(created.asString()));
        assertThat(documented).as("every field of the answer is documented").containsAll(answered);

        Response refused = as("m50-secretariat").body(Map.of("name", uniqueName("Foutstad"), "cbsCode", "GM1"))
                .post("/v1/municipalities");
        refused.then().statusCode(400).contentType("application/problem+json");
        JsonNode problemSchema = create.at("/400/content/application~1problem+json/schema");
        assertThat(propertyNames(document, problemSchema)).containsAll(fieldNames(JSON.readTree(refused.asString())));
    }

    @Test
    void theDocumentedExampleOfARegistrationIsAccepted() throws IOException {
        JsonNode document = JSON.readTree(given().get("/v1/openapi.json").then().statusCode(200).extract().asString());
        JsonNode examples = document.at("/paths/~1municipalities/post/requestBody/content/application~1json/examples");
        assertThat(examples.size()).isPositive();
        com.fasterxml.jackson.databind.node.ObjectNode example = examples.elements().next().path("value").deepCopy();
        assertThat(example.path("name").asText()).isNotBlank();
        // Fresh name and code, so that the example does not collide with earlier registrations.
        example.put("name", uniqueName(example.path("name").asText())).put("cbsCode", uniqueCbsCode());
        as("m50-secretariat").body(example.toString()).post("/v1/municipalities").then().statusCode(201);
    }

    @Test
    void pagingParametersAreDocumentedAsBoundedIntegers() throws IOException {
        JsonNode document = JSON.readTree(given().get("/v1/openapi.json").then().statusCode(200).extract().asString());
        JsonNode parameters = document.at("/paths/~1networks~1{code}~1members/get/parameters");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        parameters.forEach(p -> byName.put(p.path("name").asText(), p.path("schema")));
        assertThat(byName.get("page").path("type").asText()).isEqualTo("integer");
        assertThat(byName.get("page").path("minimum").asInt()).isEqualTo(1);
        assertThat(byName.get("pageSize").path("type").asText()).isEqualTo("integer");
        assertThat(byName.get("pageSize").path("maximum").asInt()).isEqualTo(100);
        // The service holds to the documented bounds.
        MemberApi.ensureNetwork("M50");
        given().get("/v1/networks/M50/members?pageSize=101").then().statusCode(400);
        given().get("/v1/networks/M50/members?pageSize=100").then().statusCode(200);
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The property names of a schema, following a $ref into the components. */
    private static Set<String> propertyNames(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return fieldNames(resolved.path("properties"));
    }
}
