package nl.municipalnetworks.finance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.openapi.OpenApiDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is the contract: published where the NL GOV API Design Rules say, without a token, and
 * free of violations of the rules the Logius linter checks (see test-support's NlGovApiRules).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class OpenApiContractTest {

    @Test
    void theDocumentFollowsTheNlGovApiDesignRules() {
        OpenApiDocument.assertFollowsNlGovRules();
    }

    /**
     * As {@link OpenApiDocument#assertPublishedWithoutToken}, except that finance-service has no public API call:
     * the document is open to everyone and every other origin, the API itself answers 401 without a token.
     */
    @Test
    void theDocumentIsPublishedAtTheBasePathWithoutAToken() {
        JsonNode document = OpenApiDocument.fetch();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("servers").get(0).path("url").asText()).endsWith("/v1");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Finance API");
        assertThat(document.path("paths").has("/agreements/{id}/notice")).isTrue();
        given().get("/v1/openapi.yaml").then().statusCode(200);
        given().header("Origin", "https://developer.overheid.nl").get(OpenApiDocument.PATH).then()
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://developer.overheid.nl").get("/v1/fee-schemes?network=M50").then()
                .statusCode(401).header("Access-Control-Allow-Origin", Matchers.nullValue());
    }

    @Test
    void everyListDocumentsItsPagingAsBoundedIntegers() {
        JsonNode document = OpenApiDocument.fetch();
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/fee-schemes");
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/agreements");
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/payments");
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/credit-notes");
        OpenApiDocument.assertPagingDocumented(document, "GET /v1/networks/{network}/overdue-invoices");
    }

    /** One operation for an invoice in three forms: the JSON, the e-invoice (UBL) and the page, with the 409. */
    @Test
    void anInvoiceIsDocumentedAsJsonXmlAndHtml() {
        JsonNode get = OpenApiDocument.fetch().path("paths").path("/invoices/{id}").path("get");
        List<String> types = new ArrayList<>();
        get.path("responses").path("200").path("content").fieldNames().forEachRemaining(types::add);
        assertThat(types).containsExactlyInAnyOrder("application/json", "application/xml", "text/html");
        assertThat(get.path("responses").path("409").path("content").has("application/problem+json")).isTrue();
        assertThat(get.path("description").asText()).contains("urn:fdc:nen.nl:nlcius:v1.0");
    }
}
