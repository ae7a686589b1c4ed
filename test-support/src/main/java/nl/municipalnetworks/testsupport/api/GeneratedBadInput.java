package nl.municipalnetworks.testsupport.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.openapi.OpenApiDocument;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input generated over every operation of a service's OpenAPI document: for every path and query
 * parameter and every field of a request body, values of the wrong type, extremes, odd bytes and oversized
 * text (fixed cases plus values drawn from a seeded random source, so a failure can be replayed), sent by
 * the platform admin so that authorization never hides a mistake. For every answer: never a 5xx; a 4xx is
 * application/problem+json with a text free of Java names; and a refused request wrote nothing (see
 * {@link ServiceDatabase}).
 *
 * <p>The service's test says only what a good request looks like ({@link GoodRequests}); everything else
 * comes from the document, so a new operation or field is covered without a new test.
 */
public final class GeneratedBadInput {

    /** What a request that would be accepted looks like, so that the one bad value is the only mistake. */
    public interface GoodRequests {

        /** The value of path parameter {@code name} in {@code operation} ("POST /v1/pillars/{id}/roles"). */
        String pathValue(String operation, String name);

        /** A body {@code operation} accepts; null when it takes none. Called afresh for every case. */
        Map<String, Object> body(String operation);
    }

    private static final long SEED = 20261123L;
    private static final int VALUES_PER_FIELD = 12;
    private static final Pattern JAVA_WORDS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|com\\.fasterxml|org\\.hibernate|io\\.vertx|io\\.quarkus|Exception|\\bnull\\b pointer|\\$");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(SEED);
    private final GoodRequests good;

    private GeneratedBadInput(GoodRequests good) {
        this.good = good;
    }

    public static void assertNoBadInputGetsA5xxOrWritesAnything(GoodRequests good) {
        new GeneratedBadInput(good).run();
    }

    private void run() {
        JsonNode document = OpenApiDocument.fetch();
        String token = TestTokens.forUser("platform-admin");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String operation : OpenApiDocument.operations(document)) {
            JsonNode definition = OpenApiDocument.operation(document, operation);
            for (Case c : casesOf(document, definition)) {
                cases++;
                // The relay writes while it publishes earlier (accepted) changes; let it finish first.
                ServiceDatabase.awaitOutboxPublished();
                long before = ServiceDatabase.nextTransactionId();
                String problem = check(send(token, operation, c), before);
                if (problem != null) {
                    failures.add(operation + " [" + c.where + " = " + c.describe() + "]: " + problem);
                }
            }
        }
        System.out.printf("[generated bad input] %d operations, %d cases, %d failures (seed %d)%n",
                OpenApiDocument.operations(document).size(), cases, failures.size(), SEED);
        assertThat(failures).as("bad input answered wrongly").isEmpty();
    }

    private List<Case> casesOf(JsonNode document, JsonNode operation) {
        List<Case> cases = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asText();
            if (in.equals("path") || in.equals("query")) {
                for (String bad : badTexts()) {
                    cases.add(new Case(in + " " + parameter.path("name").asText(), in, parameter.path("name").asText(), bad, null));
                }
            }
        }
        JsonNode bodySchema = OpenApiDocument.resolve(document, operation.at("/requestBody/content/application~1json/schema"));
        if (!bodySchema.isMissingNode()) {
            bodySchema.path("properties").fieldNames().forEachRemaining(field -> {
                for (Object bad : badJsonValues()) {
                    cases.add(new Case("body " + field, "body", field, null, bad));
                }
            });
            for (byte[] raw : badBodies()) {
                cases.add(new Case("body bytes", "raw", null, null, raw));
            }
        }
        if (operation.at("/requestBody/content").has("text/csv")) {
            for (byte[] raw : badBodies()) {
                cases.add(new Case("csv bytes", "csv", null, null, raw));
            }
        }
        return cases;
    }

    /** One bad value in one place of a request. */
    private record Case(String where, String kind, String name, String text, Object value) {
        String describe() {
            Object shown = text != null ? text : value instanceof byte[] bytes ? bytes.length + " bytes" : value;
            String s = String.valueOf(shown);
            String shortened = s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + ")" : s;
            // Shown as escapes: control characters and lone surrogates would garble the test report.
            StringBuilder printable = new StringBuilder();
            shortened.chars().forEach(ch -> printable.append(ch >= 0x20 && ch < 0x7f ? String.valueOf((char) ch) : "\\u%04x".formatted(ch)));
            return printable.toString();
        }
    }

    private static String check(Response response, long transactionBefore) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status < 400) {
            return null;
        }
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "answered " + status + " as " + contentType + ", not application/problem+json";
        }
        String body = response.body().asString();
        if (JAVA_WORDS.matcher(withoutEchoedValues(body)).find()) {
            return "text names Java internals: " + body;
        }
        long after = ServiceDatabase.nextTransactionId();
        if (ServiceDatabase.rowsWrittenBetween(transactionBefore, after) > 0) {
            return "refused with " + status + " but rows were written (transactions " + transactionBefore + " to " + after + ")";
        }
        return null;
    }

    /**
     * The texts of a problem without the caller's own value, which messages echo in single quotes
     * (e.g. unknown cluster '...'): random input may hold a '$' or the word Exception itself.
     */
    private static String withoutEchoedValues(String problemJson) {
        try {
            JsonNode problem = JSON.readTree(problemJson);
            StringBuilder texts = new StringBuilder(problem.path("title").asText()).append('\n');
            texts.append(unquoted(problem.path("detail").asText())).append('\n');
            for (JsonNode param : problem.path("invalidParams")) {
                texts.append(param.path("name").asText()).append(": ").append(unquoted(param.path("reason").asText())).append('\n');
            }
            return texts.toString();
        } catch (IOException notJson) {
            return problemJson;
        }
    }

    private static String unquoted(String text) {
        return text.replaceFirst("(?s)'.*'", "'…'");
    }

    private Response send(String token, String operation, Case c) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        Matcher parameters = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String name = parameters.group(1);
            String value = c.kind.equals("path") && c.name.equals(name) ? c.text : encode(good.pathValue(operation, name));
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        if (c.kind.equals("query")) {
            path.append('?').append(c.name).append('=').append(c.text);
        }
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token);
        switch (c.kind) {
            case "body" -> {
                Map<String, Object> valid = good.body(operation);
                Map<String, Object> body = new LinkedHashMap<>(valid == null ? Map.of() : valid);
                body.put(c.name, c.value);
                request = request.contentType("application/json").body(toJson(body));
            }
            case "raw" -> request = request.contentType("application/json").body((byte[]) c.value);
            case "csv" -> request = request.contentType("text/csv").body((byte[]) c.value);
            default -> {
                Map<String, Object> body = method.equals("GET") ? null : good.body(operation);
                if (body != null) {
                    request = request.contentType("application/json").body(toJson(body));
                }
            }
        }
        return request.request(method, path.toString());
    }

    /** Text for path and query parameters, already written into the URI (so percent-encoding can be wrong on purpose). */
    private List<String> badTexts() {
        List<String> values = new ArrayList<>(List.of("%00", "%FF", "%C3%28", "%E2%82", "%0A%0D", "-1", "0",
                "99999999999999999999", "1.5", "1e3", "%20", ",", "-", "%27%3B--", encode("x".repeat(3000))));
        for (int i = 0; i < VALUES_PER_FIELD; i++) {
            values.add(encode(anyText(1 + random.nextInt(40))));
        }
        return values;
    }

    /** JSON values of every kind for a body field. */
    private List<Object> badJsonValues() {
        List<Object> values = new ArrayList<>(List.of("", " ", "\u0000", "a\u0007b", "x".repeat(10_000), 1.5, -1,
                Long.MAX_VALUE, 1e308, true, List.of(1, 2), Map.of("a", 1), "+999999999-12-31", "2026-02-30",
                "0000-01-01", "GM0000", "\uD800", "ＧＭ０１５０"));
        values.add(null);
        for (int i = 0; i < VALUES_PER_FIELD; i++) {
            values.add(switch (random.nextInt(4)) {
                case 0 -> anyText(random.nextInt(31));
                case 1 -> random.nextInt();
                case 2 -> random.nextLong();
                default -> Double.longBitsToDouble(random.nextLong()); // any double bit pattern, NaN and infinities included
            });
        }
        return values;
    }

    /**
     * Text of any Unicode code units: letters of every script, control characters, lone surrogate
     * halves, private use and unassigned code points.
     */
    private String anyText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) (0x20 + random.nextInt(0x5f)); // printable ASCII
                case 1 -> (char) random.nextInt(0x20); // control characters, NUL included
                case 2 -> (char) (0xd800 + random.nextInt(0x800)); // surrogate halves, mostly unpaired
                default -> (char) random.nextInt(0x10000); // anything in the basic plane
            });
        }
        return text.toString();
    }

    /** Whole bodies that are not what they claim to be. */
    private static List<byte[]> badBodies() {
        return List.of(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 1, 2}, "{\"name\": \"caf\u00e9\"".getBytes(StandardCharsets.UTF_8),
                new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "[]".getBytes(StandardCharsets.UTF_8),
                "code;name\n\"open".getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
