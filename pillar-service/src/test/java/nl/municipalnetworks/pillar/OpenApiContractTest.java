package nl.municipalnetworks.pillar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.openapi.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the contract: published where the NL GOV API Design Rules say and free of
 * violations of the rules the Logius linter checks (see test-support's NlGovApiRules).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class OpenApiContractTest {

    @Test
    void theDocumentFollowsTheNlGovApiDesignRules() {
        OpenApiDocument.assertFollowsNlGovRules();
    }

    @Test
    void theDocumentIsPublishedAtTheBasePathWithoutAToken() {
        OpenApiDocument.assertPublishedWithoutToken("/pillars/{id}/roles", "/v1/pillars?network=M50");
    }

    @Test
    void everyListDocumentsItsPagingAsBoundedIntegers() {
        var document = OpenApiDocument.fetch();
        for (String list : new String[]{"pillars", "themes", "activities", "participations", "stakeholders", "lobby-items",
                "year-plans", "showcases"}) {
            OpenApiDocument.assertPagingDocumented(document, "GET /v1/" + list);
        }
    }
}
