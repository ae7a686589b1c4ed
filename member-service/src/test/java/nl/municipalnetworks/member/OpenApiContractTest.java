package nl.municipalnetworks.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

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
    void theDocumentFollowsTheNlGovApiDesignRules() {
        OpenApiDocument.assertFollowsNlGovRules();
    }

    @Test
    void theDocumentIsPublishedAtTheBasePathWithoutAToken() {
        OpenApiDocument.assertPublishedWithoutToken("/memberships/{id}/status-changes", "/v1/networks");
    }

    @Test
    void createAMunicipalityAnswersWhatTheDocumentSays() throws IOException {
        JsonNode document = OpenApiDocument.fetch();
        JsonNode create = document.at("/paths/~1municipalities/post/responses");
        assertThat(create.has("201")).as("POST /municipalities documents 201").isTrue();
        assertThat(create.has("200")).as("POST /municipalities does not answer 200").isFalse();
        Set<String> documented = OpenApiDocument.propertyNames(document, create.at("/201/content/application~1json/schema"));
        assertThat(documented).contains("id", "name", "cbsCode");

        Response created = as("m50-secretariat")
                .body(Map.of("name", uniqueName("Contractstad"), "cbsCode", uniqueCbsCode(), "province", "Utrecht"))
                .post("/v1/municipalities");
        created.then().statusCode(201).header("API-Version", document.at("/info/version").asText());
        Set<String> answered = OpenApiDocument.fieldNames(JSON.readTree(created.asString()));
        assertThat(documented).as("every field of the answer is documented").containsAll(answered);

        Response refused = as("m50-secretariat").body(Map.of("name", uniqueName("Foutstad"), "cbsCode", "GM1"))
                .post("/v1/municipalities");
        refused.then().statusCode(400).contentType("application/problem+json");
        JsonNode problemSchema = create.at("/400/content/application~1problem+json/schema");
        assertThat(OpenApiDocument.propertyNames(document, problemSchema)).containsAll(OpenApiDocument.fieldNames(JSON.readTree(refused.asString())));
    }

    @Test
    void theDocumentedExampleOfARegistrationIsAccepted() throws IOException {
        JsonNode document = OpenApiDocument.fetch();
        JsonNode examples = document.at("/paths/~1municipalities/post/requestBody/content/application~1json/examples");
        assertThat(examples.size()).isPositive();
        com.fasterxml.jackson.databind.node.ObjectNode example = examples.elements().next().path("value").deepCopy();
        assertThat(example.path("name").asText()).isNotBlank();
        // Fresh name and code, so that the example does not collide with earlier registrations.
        example.put("name", uniqueName(example.path("name").asText())).put("cbsCode", uniqueCbsCode());
        as("m50-secretariat").body(example.toString()).post("/v1/municipalities").then().statusCode(201);
    }

    @Test
    void pagingParametersAreDocumentedAsBoundedIntegers() {
        OpenApiDocument.assertPagingDocumented(OpenApiDocument.fetch(), "GET /v1/networks/{code}/members");
        // The service holds to the documented bounds.
        MemberApi.ensureNetwork("M50");
        given().get("/v1/networks/M50/members?pageSize=101").then().statusCode(400);
        given().get("/v1/networks/M50/members?pageSize=100").then().statusCode(200);
    }
}
