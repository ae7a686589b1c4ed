package nl.municipalnetworks.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import nl.municipalnetworks.gateway.openapi.CombinedOpenApi;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit API's document (written by hand, as the gateway has no OpenAPI generator) says what {@link AuditResource}
 * really takes and who may call it, and follows the NL GOV API Design Rules like the services' documents.
 */
class AuditOpenApiDocumentTest {

    private final JsonNode document = CombinedOpenApi.ownDocument();

    @Test
    void followsTheNlGovApiDesignRules() {
        assertThat(NlGovApiRules.errors(NlGovApiRules.check(document))).isEmpty();
    }

    @Test
    void documentsThePathTheParametersTheRolesAndTheVersionOfTheResource() throws NoSuchMethodException {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).hasSize(1);
        assertThat(CombinedOpenApi.OWN_PATH_PREFIX + paths.get(0))
                .isEqualTo(AuditResource.class.getAnnotation(Path.class).value());

        Method list = Arrays.stream(AuditResource.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("list")).findFirst().orElseThrow();
        Set<String> taken = new TreeSet<>();
        for (Parameter parameter : list.getParameters()) {
            taken.add(parameter.getAnnotation(QueryParam.class).value());
        }
        JsonNode operation = document.path("paths").path(paths.get(0)).path("get");
        Set<String> documented = new TreeSet<>();
        operation.path("parameters").forEach(parameter -> documented.add(parameter.path("name").asText()));
        assertThat(documented).isEqualTo(taken);

        Set<String> roles = new TreeSet<>();
        operation.path("security").get(0).path("SecurityScheme").forEach(role -> roles.add(role.asText()));
        assertThat(roles).containsExactlyInAnyOrder(list.getAnnotation(RolesAllowed.class).value());

        assertThat(document.at("/info/version").asText()).isEqualTo(ApiVersionFilter.API_VERSION);
    }
}
