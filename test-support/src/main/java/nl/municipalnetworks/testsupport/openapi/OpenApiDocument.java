package nl.municipalnetworks.testsupport.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.municipalnetworks.testsupport.openapi.NlGovApiRules.Violation;
import org.hamcrest.Matchers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document as its tests read it (from a @QuarkusTest): the contract every service
 * publishes at {@code /v1/openapi.json}, checks that hold for every service, and the operations it lists
 * (what the generated bad-input and authorization tests walk over).
 */
public final class OpenApiDocument {

    public static final String PATH = "/v1/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiDocument() {
    }

    /** The document the running service publishes, without a token. */
    public static JsonNode fetch() {
        try {
            return JSON.readTree(given().get(PATH).then().statusCode(200).contentType("application/json").extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server URL's path, which carries the major version ({@code /v1}); paths are relative to it. */
    public static String basePath(JsonNode document) {
        return document.at("/servers/0/url").asText().replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** "METHOD /v1/path" of every operation, sorted. */
    public static Set<String> operations(JsonNode document) {
        String base = basePath(document);
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + base + path.getKey());
                }
            });
        }
        return operations;
    }

    /** The operation object of "METHOD /v1/path". */
    public static JsonNode operation(JsonNode document, String operation) {
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase();
        String path = operation.substring(operation.indexOf(' ') + 1).substring(basePath(document).length());
        return document.path("paths").path(path).path(method);
    }

    /** A schema with a {@code $ref} followed into the components. */
    public static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    public static Set<String> propertyNames(JsonNode document, JsonNode schema) {
        return fieldNames(resolve(document, schema).path("properties"));
    }

    public static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * No error of the NL GOV API Design Rules (see {@link NlGovApiRules}); warnings are printed. The
     * document is kept as target/openapi.json for a look or an external linter (spectral lint).
     */
    public static void assertFollowsNlGovRules() {
        String document = given().get(PATH).then().statusCode(200).contentType("application/json").extract().asString();
        try {
            Files.writeString(Path.of("target", "openapi.json"), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Violation> violations = NlGovApiRules.check(document);
        violations.stream().filter(v -> v.severity() == NlGovApiRules.Severity.WARNING)
                .forEach(v -> System.out.println("[openapi lint] " + v));
        List<Violation> errors = NlGovApiRules.errors(violations);
        assertThat(errors)
                .withFailMessage(() -> errors.size() + " violations of the NL GOV API Design Rules in " + PATH + ":\n"
                        + errors.stream().map(Violation::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * Published at the base path without a token, as JSON and YAML, OpenAPI 3, with {@code documentedPath}
     * among its paths; readable from a browser on another domain, while {@code publicApiCall} (a request to
     * the API itself that needs no token) is not opened to other origins.
     */
    public static void assertPublishedWithoutToken(String documentedPath, String publicApiCall) {
        JsonNode document = fetch();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("servers").get(0).path("url").asText()).endsWith("/v1");
        assertThat(document.path("paths").has(documentedPath)).as("the document lists " + documentedPath).isTrue();
        given().get("/v1/openapi.yaml").then().statusCode(200);
        given().header("Origin", "https://developer.overheid.nl").get(PATH).then()
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://developer.overheid.nl").get(publicApiCall).then().statusCode(200)
                .header("Access-Control-Allow-Origin", Matchers.nullValue());
    }

    /** Every paging parameter of a list operation is a bounded integer (page from 1, pageSize up to 100). */
    public static void assertPagingDocumented(JsonNode document, String listOperation) {
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        operation(document, listOperation).path("parameters").forEach(p -> byName.put(p.path("name").asText(), p.path("schema")));
        assertThat(byName).as(listOperation + " takes page and pageSize").containsKeys("page", "pageSize");
        assertThat(byName.get("page").path("type").asText()).isEqualTo("integer");
        assertThat(byName.get("page").path("minimum").asInt()).isEqualTo(1);
        assertThat(byName.get("pageSize").path("type").asText()).isEqualTo("integer");
        assertThat(byName.get("pageSize").path("maximum").asInt()).isEqualTo(100);
    }
}
