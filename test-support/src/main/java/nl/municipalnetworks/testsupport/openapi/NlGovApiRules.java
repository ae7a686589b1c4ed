package nl.municipalnetworks.testsupport.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an OpenAPI document against the NL GOV API Design Rules, as plain Java so that the build
 * needs no Node.js.
 *
 * <p>Mirrors the rules of the Logius linter, the Spectral ruleset {@code media/linter.yaml} of
 * Logius-standaarden/API-Design-Rules (ADR 2.2.x, the version that added
 * {@code nlgov:problem-invalid-input} and switched off the rest of {@code spectral:oas}). Rule ids are
 * the linter's, so a finding can be looked up in the standard:
 * <ul>
 *   <li>{@code /core/doc-openapi}: {@code nlgov:openapi-root-exists}, {@code nlgov:openapi3}</li>
 *   <li>{@code /core/doc-openapi-contact}: {@code info-contact}, {@code nlgov:info-contact-fields-exist}</li>
 *   <li>{@code /core/semver}: {@code nlgov:semver}</li>
 *   <li>{@code /core/uri-version}: {@code oas3-api-servers}, {@code nlgov:include-major-version-in-uri},
 *       {@code nlgov:servers-use-https} (warning)</li>
 *   <li>{@code /core/no-trailing-slash}: {@code nlgov:paths-no-trailing-slash}</li>
 *   <li>{@code /core/path-segments-kebab-case}: {@code nlgov:paths-kebab-case}</li>
 *   <li>{@code /core/query-keys-camel-case}: {@code nlgov:query-keys-camel-case}</li>
 *   <li>{@code /core/http-methods}: {@code nlgov:http-methods}</li>
 *   <li>{@code /core/version-header}: {@code nlgov:missing-header}, {@code nlgov:missing-version-header}</li>
 *   <li>{@code /core/error-handling/problem-details}: {@code nlgov:use-problem-schema},
 *       {@code nlgov:problem-schema-members}</li>
 *   <li>{@code /core/error-handling/invalid-input}: {@code nlgov:problem-invalid-input}</li>
 *   <li>{@code /core/date-time/*}: {@code nlgov:date-time-ensure-timezone}, {@code nlgov:time-without-timezone},
 *       {@code nlgov:specify-format-for-date-and-time}, {@code nlgov:use-date-instead-of-datetime}</li>
 *   <li>naming: {@code nlgov:schema-camel-case}, {@code nlgov:property-casing} (warnings)</li>
 *   <li>of {@code spectral:oas}: {@code operation-operationId-unique}, {@code path-params},
 *       {@code openapi-tags-uniqueness}</li>
 * </ul>
 * Not mirrored: {@code oas3-schema}, {@code oas3-valid-media-example}, {@code oas3-valid-schema-example}
 * and {@code oas3-server-variables} (validation of the document and its examples against JSON Schema;
 * SmallRye generates a structurally valid document), and {@code /core/publish-openapi}, which the linter
 * cannot test either: a service's API test fetches {@code /v1/openapi.json} for it.
 *
 * <p>Where the linter is looser than the rule it tests, this class follows the rule: it looks at
 * parameters declared on the path item as well as on the operation, and compares header names without
 * regard to case. The {@code house:*} rules are this platform's own (SERVICE.md): every error response
 * has a problem body, every success body a schema, every request body an example, secured operations
 * document 401 and 403, operations with a path parameter 404, and {@code page}/{@code pageSize} are
 * integers.
 */
public final class NlGovApiRules {

    public enum Severity { ERROR, WARNING }

    /** One finding: the rule, where in the document (a JSON path) and what is wrong. */
    public record Violation(String rule, Severity severity, String path, String message) {
        @Override
        public String toString() {
            return severity + " " + rule + " at " + path + ": " + message;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> STANDARD_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> PATH_ITEM_FIELDS = Set.of("summary", "description", "parameters", "servers", "$ref");
    private static final Pattern OPENAPI_3 = Pattern.compile("^3(\\.\\d+){1,2}$");
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");
    private static final Pattern MAJOR_VERSION = Pattern.compile("/v\\d");
    /** A path: segments in kebab-case or a {variable}; a last segment may start with an underscore. */
    private static final Pattern KEBAB_PATH = Pattern.compile(
            "^(/|(/_[a-z0-9]+|/(([a-z0-9\\-]+|\\{[^}]+})(/([a-z0-9\\-.]+|\\{[^}]+}))*)(/_[a-z]+)?)/?)$");
    private static final Pattern OPENAPI_FILE = Pattern.compile("/openapi\\.(json|yaml)$");
    private static final Pattern CAMEL_QUERY_KEY = Pattern.compile("^\\$?[a-z][a-z\\d]*([A-Z][a-z\\d]*)*$");
    private static final Pattern PASCAL = Pattern.compile("^[A-Z][a-zA-Z0-9]*$");
    private static final Pattern DATE_NAME = Pattern.compile("((\\w+D)|(_[dD]))((ate)|(atum))");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern SUCCESS_OR_REDIRECT = Pattern.compile("^[23]\\d\\d$");
    private static final Pattern ERROR = Pattern.compile("^[45]\\d\\d$");

    private final JsonNode document;
    private final List<Violation> violations = new ArrayList<>();

    private NlGovApiRules(JsonNode document) {
        this.document = document;
    }

    /** The violations in an OpenAPI document given as JSON text; empty when it conforms. */
    public static List<Violation> check(String openApiJson) {
        try {
            return check(JSON.readTree(openApiJson));
        } catch (JsonProcessingException e) {
            return List.of(new Violation("nlgov:openapi-root-exists", Severity.ERROR, "$",
                    "The document is not JSON: " + e.getOriginalMessage()));
        }
    }

    public static List<Violation> check(JsonNode openApi) {
        NlGovApiRules rules = new NlGovApiRules(openApi);
        rules.run();
        return List.copyOf(rules.violations);
    }

    /** Only the errors: what fails the build (Spectral's default fail severity). */
    public static List<Violation> errors(List<Violation> violations) {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    }

    private void run() {
        if (document == null || !document.isObject()) {
            error("nlgov:openapi-root-exists", "$", "The document must be a JSON object.");
            return;
        }
        documentVersion();
        contact();
        servers();
        JsonNode paths = document.path("paths");
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            pathKey(path.getKey());
            pathItem(path.getKey(), path.getValue(), operationIds);
        }
        tags();
        schemas();
    }

    private void documentVersion() {
        String openapi = document.path("openapi").asText("");
        if (openapi.isBlank()) {
            error("nlgov:openapi-root-exists", "$.openapi", "The root of the document must contain the `openapi` property.");
        } else if (!OPENAPI_3.matcher(openapi).matches()) {
            error("nlgov:openapi3", "$.openapi", "Use OpenAPI Specification 3 (major.minor[.patch]), not " + openapi + ".");
        }
        String version = document.path("info").path("version").asText("");
        if (!SEMVER.matcher(version).matches()) {
            error("nlgov:semver", "$.info.version", "Version '" + version + "' is not in semver format.");
        }
    }

    private void contact() {
        JsonNode contact = document.path("info").path("contact");
        if (!contact.isObject() || contact.isEmpty()) {
            error("info-contact", "$.info.contact", "Info object must have a \"contact\" object.");
            return;
        }
        for (String field : List.of("name", "email", "url")) {
            if (contact.path(field).asText("").isBlank()) {
                error("nlgov:info-contact-fields-exist", "$.info.contact." + field,
                        "Missing `info.contact." + field + "`: specify email, name and url.");
            }
        }
    }

    private void servers() {
        JsonNode servers = document.path("servers");
        if (!servers.isArray() || servers.isEmpty()) {
            error("oas3-api-servers", "$.servers", "OpenAPI `servers` must be present and a non-empty array.");
            return;
        }
        for (int i = 0; i < servers.size(); i++) {
            String url = servers.get(i).path("url").asText("");
            String at = "$.servers[" + i + "].url";
            if (url.isBlank()) {
                error("oas3-api-servers", at, "A server must have a URL.");
                continue;
            }
            if (!MAJOR_VERSION.matcher(url).find()) {
                error("nlgov:include-major-version-in-uri", at, "Include the major version number in the URI: " + url);
            }
            if (url.startsWith("http://")) {
                warning("nlgov:servers-use-https", at, "Server URL " + url + " does not use https.");
            }
        }
    }

    private void pathKey(String path) {
        String at = "$.paths['" + path + "']";
        if (path.length() > 1 && path.endsWith("/")) {
            error("nlgov:paths-no-trailing-slash", at, "Leave off trailing slashes from URIs.");
        }
        if (!OPENAPI_FILE.matcher(path).find() && !KEBAB_PATH.matcher(path).matches()) {
            error("nlgov:paths-kebab-case", at, path + " is not kebab-case.");
        }
    }

    private void pathItem(String path, JsonNode item, Set<String> operationIds) {
        String at = "$.paths['" + path + "']";
        JsonNode shared = item.path("parameters");
        queryKeys(shared, at + ".parameters");
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (METHODS.contains(key)) {
                if (!STANDARD_METHODS.contains(key)) {
                    error("nlgov:http-methods", at + "." + key, "Only apply standard HTTP methods, not " + key.toUpperCase(Locale.ROOT) + ".");
                }
                operation(path, key, item.get(key), shared, operationIds);
            } else if (!PATH_ITEM_FIELDS.contains(key) && !key.startsWith("x-")) {
                error("nlgov:http-methods", at + "." + key, "Only apply standard HTTP methods, not " + key + ".");
            }
        }
    }

    private void operation(String path, String method, JsonNode operation, JsonNode shared, Set<String> operationIds) {
        String at = "$.paths['" + path + "']." + method;
        queryKeys(operation.path("parameters"), at + ".parameters");
        List<JsonNode> parameters = new ArrayList<>();
        shared.forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));

        String operationId = operation.path("operationId").asText("");
        if (!operationId.isEmpty() && !operationIds.add(operationId)) {
            error("operation-operationId-unique", at + ".operationId", "Every operation must have a unique operationId: " + operationId);
        }
        pathParameters(path, parameters, at);

        JsonNode body = resolve(operation.path("requestBody"));
        for (Iterator<Map.Entry<String, JsonNode>> media = body.path("content").fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> type = media.next();
            if (!type.getValue().has("example") && type.getValue().path("examples").isEmpty()) {
                error("house:request-body-example", at + ".requestBody.content['" + type.getKey() + "']",
                        "A request body must have an example.");
            }
        }

        JsonNode responses = operation.path("responses");
        boolean takesInput = !parameters.isEmpty() || operation.has("requestBody");
        boolean mustAnswer400 = Set.of("put", "post", "patch").contains(method) || takesInput;
        if (mustAnswer400 && !responses.has("400")) {
            error("nlgov:problem-invalid-input", at + ".responses",
                    "GET and DELETE operations that have parameters, and all other operations, must document a 400 response.");
        }
        JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
        boolean secured = security.isArray() && !security.isEmpty()
                && !(security.size() == 1 && security.get(0).isEmpty());
        if (secured && (!responses.has("401") || !responses.has("403"))) {
            error("house:secured-responses", at + ".responses", "A secured operation must document 401 and 403.");
        }
        boolean pathParameter = parameters.stream().anyMatch(p -> "path".equals(p.path("in").asText()));
        if (pathParameter && !responses.has("404")) {
            error("house:not-found-response", at + ".responses", "An operation with a path parameter must document 404.");
        }
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && Set.of("page", "pageSize").contains(name)) {
                String type = resolve(parameter.path("schema")).path("type").asText();
                if (!"integer".equals(type)) {
                    error("house:paging-integers", at + ".parameters[" + name + "]", name + " must be documented as an integer, not " + type + ".");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            response(entry.getKey(), resolve(entry.getValue()), at + ".responses['" + entry.getKey() + "']");
        }
    }

    private void response(String status, JsonNode response, String at) {
        if (SUCCESS_OR_REDIRECT.matcher(status).matches()) {
            for (Iterator<Map.Entry<String, JsonNode>> media = response.path("content").fields(); media.hasNext(); ) {
                Map.Entry<String, JsonNode> type = media.next();
                if (type.getValue().path("schema").isEmpty()) {
                    error("house:success-body-schema", at + ".content['" + type.getKey() + "']",
                            "The body of a success response must have a schema.");
                }
            }
            JsonNode headers = response.path("headers");
            if (!headers.isObject() || headers.isEmpty()) {
                error("nlgov:missing-header", at, "Return the full version number in a response header (no headers documented).");
            } else {
                boolean versionHeader = false;
                for (Iterator<String> names = headers.fieldNames(); names.hasNext(); ) {
                    versionHeader |= names.next().equalsIgnoreCase("API-Version");
                }
                if (!versionHeader) {
                    error("nlgov:missing-version-header", at + ".headers", "Return the full version number in an API-Version response header.");
                }
            }
        } else if (ERROR.matcher(status).matches()) {
            JsonNode content = response.path("content");
            if (!content.isObject() || content.isEmpty()) {
                error("house:problem-body", at, "An error response must document its problem details body.");
                return;
            }
            if (!content.has("application/problem+json") && !content.has("application/problem+xml")) {
                error("nlgov:use-problem-schema", at + ".content",
                        "The content type of an error response should be application/problem+json or application/problem+xml (RFC 9457).");
            }
            for (String type : List.of("application/problem+json", "application/problem+xml")) {
                if (content.has(type)) {
                    JsonNode schema = resolve(content.get(type).path("schema"));
                    JsonNode properties = schema.path("properties");
                    for (String member : List.of("status", "title", "detail")) {
                        if (!properties.has(member)) {
                            error("nlgov:problem-schema-members", at + ".content['" + type + "'].schema",
                                    "The problem schema lacks `" + member + "`. These fields are required: status, title and detail.");
                        }
                    }
                }
            }
        }
    }

    private void pathParameters(String path, List<JsonNode> parameters, String at) {
        Set<String> inTemplate = new HashSet<>();
        Matcher variables = PATH_VARIABLE.matcher(path);
        while (variables.find()) {
            inTemplate.add(variables.group(1));
        }
        Set<String> declared = new HashSet<>();
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                declared.add(name);
                if (!inTemplate.contains(name)) {
                    error("path-params", at, "Path parameter `" + name + "` does not occur in the path.");
                }
                if (!parameter.path("required").asBoolean(false)) {
                    error("path-params", at, "Path parameter `" + name + "` must have `required: true`.");
                }
            }
        }
        for (String variable : inTemplate) {
            if (!declared.contains(variable)) {
                error("path-params", at, "Operation must define parameter `{" + variable + "}` as expected by the path.");
            }
        }
    }

    private void queryKeys(JsonNode parameters, String at) {
        for (JsonNode parameter : parameters) {
            JsonNode p = resolve(parameter);
            if ("query".equals(p.path("in").asText()) && !CAMEL_QUERY_KEY.matcher(p.path("name").asText()).matches()) {
                error("nlgov:query-keys-camel-case", at, p.path("name").asText() + " is not lower camelCase.");
            }
        }
    }

    private void tags() {
        Set<String> names = new HashSet<>();
        JsonNode tags = document.path("tags");
        for (int i = 0; i < tags.size(); i++) {
            String name = tags.get(i).path("name").asText();
            if (!names.add(name)) {
                error("openapi-tags-uniqueness", "$.tags[" + i + "]", "Tag name " + name + " is used more than once.");
            }
        }
    }

    private void schemas() {
        JsonNode schemas = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = "$.components.schemas['" + entry.getKey() + "']";
            if (!PASCAL.matcher(entry.getKey()).matches()) {
                warning("nlgov:schema-camel-case", at, "Schema name should be UpperCamelCase: " + entry.getKey());
            }
            properties(entry.getValue(), at);
        }
        // Schemas written inline in operations have properties too.
        document.path("paths").forEach(item -> item.forEach(operation -> inlineSchemas(operation, "$.paths")));
    }

    private void inlineSchemas(JsonNode node, String at) {
        if (node.isObject()) {
            if (node.has("properties") && node.path("properties").isObject()) {
                properties(node, at);
                return;
            }
            node.fields().forEachRemaining(e -> inlineSchemas(e.getValue(), at));
        } else if (node.isArray()) {
            node.forEach(child -> inlineSchemas(child, at));
        }
    }

    /** The date-time rules, on every property of a schema and of schemas nested in it. */
    private void properties(JsonNode schema, String at) {
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode property = entry.getValue();
            String propertyAt = at + ".properties." + name;
            String format = formatOf(property);
            if ("date-time-local".equals(format)) {
                error("nlgov:date-time-ensure-timezone", propertyAt, "Use a date-time format that includes a timezone.");
            }
            if ("time".equals(format)) {
                error("nlgov:time-without-timezone", propertyAt, "Use the time-local format, without a timezone.");
            }
            if (name.equals("date") || name.equals("datum") || DATE_NAME.matcher(name).find()) {
                if (format == null) {
                    error("nlgov:specify-format-for-date-and-time", propertyAt, "A date field must set 'format' to 'date'.");
                } else if ("date-time".equals(format)) {
                    error("nlgov:use-date-instead-of-datetime", propertyAt, "The field is named as a date, so its format must be 'date', not 'date-time'.");
                }
            }
            if (name.toLowerCase(Locale.ROOT).contains("_links") && !name.equals("_links")) {
                warning("nlgov:property-casing", propertyAt, "Properties must be lowerCamelCase.");
            }
            properties(property, propertyAt);
            properties(property.path("items"), propertyAt + ".items");
        }
    }

    /** The format of a property, also when it is given by a $ref or inside an allOf. */
    private String formatOf(JsonNode property) {
        if (property.has("format")) {
            return property.get("format").asText();
        }
        JsonNode resolved = resolve(property);
        if (resolved != property && resolved.has("format")) {
            return resolved.get("format").asText();
        }
        for (JsonNode part : property.path("allOf")) {
            String format = formatOf(part);
            if (format != null) {
                return format;
            }
        }
        return null;
    }

    /** Follows a local $ref (#/components/...); returns the node itself when it has none. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private void error(String rule, String path, String message) {
        violations.add(new Violation(rule, Severity.ERROR, path, message));
    }

    private void warning(String rule, String path, String message) {
        violations.add(new Violation(rule, Severity.WARNING, path, message));
    }
}
