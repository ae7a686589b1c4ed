package nl.municipalnetworks.commons.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter on a small model as SmallRye builds it, without Quarkus. */
class NlGovOpenApiFilterTest {

    @Test
    void completesADocumentTheWayTheRulesAsk() {
        Operation list = OASFactory.createOperation()
                .addParameter(query("page")).addParameter(query("pageSize")).addParameter(query("name"))
                .addParameter(query("sort"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok()));
        Operation create = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("oidc", "secretariat"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", ok())
                        .addAPIResponse("409", OASFactory.createAPIResponse().description("Already registered")));
        Operation get = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok()));
        Operation publicList = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok()));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("Test").version("1.4.0"))
                .paths(OASFactory.createPaths()
                        .addPathItem("/v1/things", OASFactory.createPathItem().GET(list).POST(create))
                        .addPathItem("/v1/things/{id}", OASFactory.createPathItem().GET(get))
                        .addPathItem("/v1/partners", OASFactory.createPathItem().GET(publicList)));

        new NlGovOpenApiFilter().filterOpenAPI(openAPI);

        assertThat(openAPI.getPaths().getPathItems().keySet()).containsExactly("/things", "/things/{id}", "/partners");
        assertThat(openAPI.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/v1"));

        assertThat(list.getResponses().getAPIResponses().keySet()).containsExactlyInAnyOrder("200", "400");
        assertThat(create.getResponses().getAPIResponses().keySet()).containsExactlyInAnyOrder("201", "400", "401", "403", "409");
        assertThat(get.getResponses().getAPIResponses().keySet()).containsExactlyInAnyOrder("200", "400", "404");
        assertThat(publicList.getResponses().getAPIResponses().keySet()).containsExactly("200");

        for (Operation operation : List.of(list, create, get, publicList)) {
            for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                if (response.getKey().startsWith("2")) {
                    assertThat(response.getValue().getHeaders()).containsKey("API-Version");
                    assertThat(response.getValue().getHeaders().get("API-Version").getRef()).isEqualTo("#/components/headers/API-Version");
                } else {
                    assertThat(response.getValue().getContent().getMediaTypes()).containsOnlyKeys("application/problem+json");
                    assertThat(response.getValue().getContent().getMediaType("application/problem+json").getSchema().getRef())
                            .isEqualTo("#/components/schemas/Problem");
                    assertThat(response.getValue().getDescription()).isNotBlank();
                }
            }
        }
        assertThat(create.getResponses().getAPIResponse("409").getDescription()).isEqualTo("Already registered");
        assertThat(openAPI.getComponents().getHeaders().get("API-Version").getSchema().getExample()).isEqualTo("1.4.0");
        assertThat(openAPI.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "invalidParams");
        assertThat(openAPI.getComponents().getSchemas().get("InvalidParam").getProperties()).containsOnlyKeys("name", "reason");

        Parameter pageSize = list.getParameters().stream().filter(p -> p.getName().equals("pageSize")).findFirst().orElseThrow();
        assertThat(pageSize.getSchema().getType()).containsExactly(SchemaType.INTEGER);
        assertThat(pageSize.getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(100));
        Parameter name = list.getParameters().stream().filter(p -> p.getName().equals("name")).findFirst().orElseThrow();
        assertThat(name.getSchema().getType()).containsExactly(SchemaType.STRING);
        Parameter sort = list.getParameters().stream().filter(p -> p.getName().equals("sort")).findFirst().orElseThrow();
        assertThat(sort.getSchema().getType()).containsExactly(SchemaType.STRING);
        assertThat(sort.getDescription()).contains("leading minus for descending");
    }

    @Test
    void pathsWithoutOneMajorVersionPrefixStayAsTheyAre() {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/v1/things", OASFactory.createPathItem())
                .addPathItem("/v2/things", OASFactory.createPathItem()));
        assertThat(NlGovOpenApiFilter.moveMajorVersionToServer(openAPI)).isNull();
        assertThat(openAPI.getPaths().getPathItems().keySet()).containsExactlyInAnyOrder("/v1/things", "/v2/things");

        OpenAPI versioned = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/v12/things", OASFactory.createPathItem())
                .addPathItem("/v12", OASFactory.createPathItem()));
        assertThat(NlGovOpenApiFilter.moveMajorVersionToServer(versioned)).isEqualTo("/v12");
        assertThat(versioned.getPaths().getPathItems().keySet()).containsExactlyInAnyOrder("/things", "/");
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    private static APIResponse ok() {
        return OASFactory.createAPIResponse().description("OK");
    }
}
