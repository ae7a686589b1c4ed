package nl.municipalnetworks.commons.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import nl.municipalnetworks.commons.api.PageRequest;
import nl.municipalnetworks.commons.problem.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every service's OpenAPI document follow the NL GOV API Design Rules (Logius ADR 2.2, checked by
 * {@code NlGovApiRules} in test-support) in one place, so that a resource states only what the code
 * alone knows (201 on create, 409 where a conflict can happen, examples):
 * <ul>
 *   <li>{@code servers}: the common {@code /v{major}} prefix moves from the paths into the server URL
 *       ({@code /core/uri-version}); the URL is {@code api.server-url} (for a deployment), else relative
 *       to where the document is served.</li>
 *   <li>every 2xx and 3xx documents the {@code API-Version} header ({@code /core/version-header});</li>
 *   <li>every 4xx and 5xx has an {@code application/problem+json} body with the {@code Problem} schema
 *       ({@code /core/error-handling/problem-details});</li>
 *   <li>400 on every operation that takes input ({@code /core/error-handling/invalid-input}), 401 and 403
 *       on secured operations, 404 on operations with a path parameter;</li>
 *   <li>{@code page} and {@code pageSize} are integers with their bounds: resources take them as text on
 *       purpose, to answer a 400 that names the parameter when they are not numbers; {@code sort} says how
 *       it is written ({@link nl.municipalnetworks.commons.api.SortOrder}).</li>
 * </ul>
 * It runs when the application starts, so that {@code api.server-url} is read at run time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class NlGovOpenApiFilter implements OASFilter {

    public static final String VERSION_HEADER = "API-Version";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String INVALID_PARAM_SCHEMA = "InvalidParam";
    private static final Pattern MAJOR_VERSION_PREFIX = Pattern.compile("^(/v\\d+)(/.*)?$");
    private static final Pattern SUCCESS_OR_REDIRECT = Pattern.compile("^[23]\\d\\d$");
    private static final Pattern ERROR = Pattern.compile("^[45]\\d\\d$");
    private static final Set<PathItem.HttpMethod> WITH_BODY =
            Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);
    private static final Map<String, String> ERROR_DESCRIPTIONS = Map.of(
            "400", "The request is not valid: `invalidParams` names each wrong field or parameter.",
            "401", "No valid access token.",
            "403", "The caller may not do this (role, network or municipality).",
            "404", "Not found.",
            "409", "Conflicts with the current state.",
            "413", "The request is too large.",
            "415", "The media type of the body is not supported.",
            "500", "An error on our side.");

    /** What SmallRye and Quarkus write when they add an error response; replaced by a description that says more. */
    private static final Set<String> GENERIC_DESCRIPTIONS =
            Set.of("", "Bad Request", "Not Authorized", "Not Allowed", "Unauthorized", "Forbidden", "Not Found");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Config config = ConfigProvider.getConfig();
        String version = openAPI.getInfo() != null && openAPI.getInfo().getVersion() != null
                ? openAPI.getInfo().getVersion() : "1.0.0";
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addHeader(VERSION_HEADER, OASFactory.createHeader()
                .description("The full version of the API (semantic versioning); the path carries only the major version.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).example(version)));
        components.addSchema(INVALID_PARAM_SCHEMA, invalidParamSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());

        String majorVersion = moveMajorVersionToServer(openAPI);
        String serverUrl = config.getOptionalValue("api.server-url", String.class)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElse("");
        if (majorVersion != null && !serverUrl.endsWith(majorVersion)) {
            serverUrl += majorVersion;
        }
        if (!serverUrl.isEmpty()) {
            openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(serverUrl)
                    .description(majorVersion == null ? "The API" : "Major version " + majorVersion.substring(2) + " of the API"))));
        }

        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
            item.getOperations().forEach((method, operation) ->
                    complete(method, operation, shared, securedByDefault));
        });
    }

    /**
     * Removes the {@code /v{n}} prefix that all paths share and returns it, or returns null (and
     * changes nothing) when the paths do not share one.
     */
    static String moveMajorVersionToServer(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null || paths.getPathItems().isEmpty()) {
            return null;
        }
        String prefix = null;
        for (String path : paths.getPathItems().keySet()) {
            Matcher m = MAJOR_VERSION_PREFIX.matcher(path);
            if (!m.matches() || (prefix != null && !prefix.equals(m.group(1)))) {
                return null;
            }
            prefix = m.group(1);
        }
        Map<String, PathItem> moved = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> entry : paths.getPathItems().entrySet()) {
            String rest = entry.getKey().substring(prefix.length());
            moved.put(rest.isEmpty() ? "/" : rest, entry.getValue());
        }
        paths.setPathItems(moved);
        return prefix;
    }

    private void complete(PathItem.HttpMethod method, Operation operation, List<Parameter> shared, boolean securedByDefault) {
        List<Parameter> parameters = new ArrayList<>(shared);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        parameters.forEach(NlGovOpenApiFilter::documentPaging);

        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = !parameters.isEmpty() || operation.getRequestBody() != null || WITH_BODY.contains(method);
        boolean secured = operation.getSecurity() != null
                ? operation.getSecurity().stream().anyMatch(requirement -> !requirement.getSchemes().isEmpty())
                : securedByDefault;
        boolean pathParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (takesInput) {
            ensure(responses, "400");
        }
        if (secured) {
            ensure(responses, "401");
            ensure(responses, "403");
        }
        if (pathParameter) {
            ensure(responses, "404");
        }
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            if (SUCCESS_OR_REDIRECT.matcher(status).matches()) {
                documentTextBodies(response);
                Header header = OASFactory.createHeader().ref(VERSION_HEADER);
                if (response.getHeaders() == null || response.getHeaders().keySet().stream().noneMatch(VERSION_HEADER::equalsIgnoreCase)) {
                    response.addHeader(VERSION_HEADER, header);
                }
            } else if (ERROR.matcher(status).matches()) {
                asProblem(status, response);
            }
        });
    }

    /**
     * A text answer (a CSV export) is a string; its media type is given without the server-side
     * quality ({@code text/csv;qs=0.5} becomes {@code text/csv}), which means nothing to a client.
     */
    private static void documentTextBodies(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return;
        }
        Map<String, MediaType> types = new LinkedHashMap<>(response.getContent().getMediaTypes());
        Content content = OASFactory.createContent();
        types.forEach((name, type) -> {
            String plain = name.replaceAll(";\\s*qs=[0-9.]+", "");
            if (plain.startsWith("text/") && type.getSchema() == null) {
                type.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            }
            content.addMediaType(plain, type);
        });
        response.setContent(content);
    }

    private static void ensure(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse());
        }
    }

    /** An error response: its description (when it has none) and the problem details body. */
    private static void asProblem(String status, APIResponse response) {
        if (response.getDescription() == null || GENERIC_DESCRIPTIONS.contains(response.getDescription().strip())) {
            response.setDescription(ERROR_DESCRIPTIONS.getOrDefault(status, "The request failed."));
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    /**
     * {@code page} and {@code pageSize} as the integers they are, with the bounds PageRequest applies; how
     * {@code sort} is written (which fields, the operation's description says).
     */
    private static void documentPaging(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getRef() != null) {
            return;
        }
        if ("page".equals(parameter.getName())) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).defaultValue(1));
            describe(parameter, "Page number, from 1.");
        } else if ("pageSize".equals(parameter.getName())) {
            parameter.setSchema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_PAGE_SIZE))
                    .defaultValue(PageRequest.DEFAULT_PAGE_SIZE));
            describe(parameter, "Items per page, 1 to " + PageRequest.MAX_PAGE_SIZE + ".");
        } else if ("sort".equals(parameter.getName())) {
            describe(parameter, "Field names separated by commas, each with an optional leading minus for descending "
                    + "(e.g. name,-validFrom); the description of the operation names the fields.");
        }
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.setDescription(description);
        }
    }

    private static Schema invalidParamSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("A field or parameter that was wrong, and why.")
                .addProperty("name", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("The field (dotted path for nested fields) or parameter name.").example("cbsCode"))
                .addProperty("reason", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("What is wrong with it.").example("must be GM followed by four digits"))
                .required(List.of("name", "reason"));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("Problem details (RFC 9457) with the invalidParams extension of the NL GOV API Design Rules.")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("Identifies the kind of problem.").example("about:blank"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("Short summary of the kind of problem.").example("Invalid input"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status code.").example(400))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("What went wrong in this case.").example("cbsCode: must be GM followed by four digits"))
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("The request the problem is about."))
                .addProperty("invalidParams", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(INVALID_PARAM_SCHEMA))
                        .description("Each field or parameter that was wrong (400 and some 409)."))
                .required(List.of("status", "title"));
    }
}
