package nl.municipalnetworks.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.createMember;
import static nl.municipalnetworks.member.MemberApi.ensureNetwork;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input generated over every operation of the OpenAPI document: for every path and query
 * parameter and every field of a request body, values of the wrong type, extremes, odd bytes and
 * oversized text (fixed cases plus values drawn from a seeded random source, so a failure can be
 * replayed), sent by the platform admin so that authorization
 * never hides a mistake. For every answer: never a 5xx; a 4xx is application/problem+json with a text
 * free of Java names; and a refused request wrote nothing (the database's next transaction id is
 * unchanged, so no transaction that wrote, not even the outbox, ran).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class GeneratedBadInputTest {

    private static final long SEED = 20261123L;
    private static final int VALUES_PER_FIELD = 12;
    private static final Pattern JAVA_WORDS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|com\\.fasterxml|org\\.hibernate|io\\.vertx|io\\.quarkus|Exception|\\bnull\\b pointer|\\$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(SEED);

    @Test
    void noBadInputGetsA5xxOrWritesAnything() throws Exception {
        ensureNetwork("M50");
        String municipality = createMunicipality(uniqueName("Foutenburg"), uniqueCbsCode(), "Utrecht");
        String membership = createMember("M50", municipality, "2020-01-01");
        String person = MemberApi.createPerson("platform-admin", municipality, "SUPPORTING_CIVIL_SERVANT", "fout@foutenburg.example");
        String mergerSuccessor = createMunicipality(uniqueName("Samengevoegd"), uniqueCbsCode(), null);
        String merger = as("platform-admin").body(Map.of("mergedOn", "2021-01-01", "successorId", mergerSuccessor,
                        "mergingMunicipalityIds", List.of(createMunicipality(uniqueName("Verdwenen"), uniqueCbsCode(), null))))
                .post("/v1/municipal-mergers").then().statusCode(201).extract().path("id");

        run(municipality, person, membership, merger);
    }

    private void run(String municipality, String person, String membership, String merger) throws Exception {
        Map<String, String> idsByCollection = Map.of("/v1/people/", person, "/v1/memberships/", membership,
                "/v1/municipal-mergers/", merger);
        JsonNode document = JSON.readTree(given().get("/v1/openapi.json").then().statusCode(200).extract().asString());
        // Paths are relative to the server URL, which carries the major version (/v1).
        String base = document.at("/servers/0/url").asText();
        String token = TestTokens.forUser("platform-admin");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> pathItem = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = pathItem.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                String template = base + pathItem.getKey();
                String id = idsByCollection.entrySet().stream().filter(e -> template.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(municipality);
                Map<String, String> pathValues = Map.of("code", "M50", "id", id);
                JsonNode operation = entry.getValue();
                List<Case> generated = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    String in = parameter.path("in").asText();
                    if (in.equals("path") || in.equals("query")) {
                        for (String bad : badTexts()) {
                            generated.add(new Case(in + " " + parameter.path("name").asText(), in, parameter.path("name").asText(), bad, null));
                        }
                    }
                }
                JsonNode bodySchema = resolve(document, operation.at("/requestBody/content/application~1json/schema"));
                if (!bodySchema.isMissingNode()) {
                    for (Iterator<String> fields = bodySchema.path("properties").fieldNames(); fields.hasNext(); ) {
                        String field = fields.next();
                        for (Object bad : badJsonValues()) {
                            generated.add(new Case("body " + field, "body", field, null, bad));
                        }
                    }
                    for (byte[] raw : badBodies()) {
                        generated.add(new Case("body bytes", "raw", null, null, raw));
                    }
                }
                if (operation.at("/requestBody/content").has("text/csv")) {
                    for (byte[] raw : badBodies()) {
                        generated.add(new Case("csv bytes", "csv", null, null, raw));
                    }
                }
                for (Case c : generated) {
                    cases++;
                    // The relay writes while it publishes earlier (accepted) changes; let it finish first.
                    MemberApi.awaitOutboxPublished();
                    String before = nextTransactionId();
                    Response response = send(token, method, template, pathValues, c, () -> validBody(method + " " + template, municipality, person));
                    String problem = check(response, before, c);
                    if (problem != null) {
                        failures.add(method + " " + template + " [" + c.where + " = " + c.describe() + "]: " + problem);
                    }
                }
            }
        }
        System.out.printf("[generated bad input] %d operations, %d cases, %d failures (seed %d)%n",
                operations, cases, failures.size(), SEED);
        assertThat(failures).as("bad input answered wrongly").isEmpty();
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

    private String check(Response response, String transactionBefore, Case c) {
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
        String after = nextTransactionId();
        // Transaction ids also move for work that is not ours (autovacuum's ANALYZE): then look for rows.
        if (!after.equals(transactionBefore) && rowsWrittenBetween(transactionBefore, after) > 0) {
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

    private static Response send(String token, String method, String template, Map<String, String> pathValues, Case c,
                                 Supplier<Map<String, Object>> validBody) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            String replacement = c.kind.equals("path") && c.name.equals(value.getKey()) ? c.text : encode(value.getValue());
            path = path.replace("{" + value.getKey() + "}", replacement);
        }
        if (c.kind.equals("query")) {
            path = path + "?" + c.name + "=" + c.text;
        }
        RequestSpecification request = given().urlEncodingEnabled(false).auth().oauth2(token);
        switch (c.kind) {
            case "body" -> {
                Map<String, Object> body = new LinkedHashMap<>(validBody.get());
                body.put(c.name, c.value);
                request = request.contentType("application/json").body(toJson(body));
            }
            case "raw" -> request = request.contentType("application/json").body((byte[]) c.value);
            case "csv" -> request = request.contentType("text/csv").body((byte[]) c.value);
            default -> {
                Map<String, Object> body = validBody.get();
                if (body != null && !method.equals("GET")) {
                    request = request.contentType("application/json").body(toJson(body));
                }
            }
        }
        return request.request(method, path);
    }

    /** A body that the operation would accept, so that one bad field is the only mistake. */
    private static Map<String, Object> validBody(String operation, String municipality, String person) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation) {
            case "POST /v1/networks" -> {
                body.put("code", "BI" + Math.abs(new Random().nextInt(1_000_000)));
                body.put("name", "Bad input network");
                body.put("noticeRule", Map.of("noticeBefore", "09-01", "takesEffectOn", "01-01"));
            }
            case "POST /v1/partners" -> {
                body.put("name", uniqueName("Kennispartner"));
                body.put("networks", List.of("M50"));
            }
            case "POST /v1/municipalities", "PUT /v1/municipalities/{id}" -> {
                body.put("name", uniqueName("Invoerstad"));
                body.put("cbsCode", uniqueCbsCode());
                body.put("province", "Utrecht");
                body.put("cluster", "Voorstad");
            }
            case "POST /v1/municipalities/{id}/population-counts" -> {
                body.put("referenceDate", "2024-01-01");
                body.put("inhabitants", 50_000 + new Random().nextInt(1000));
            }
            case "POST /v1/memberships" -> {
                body.put("network", "M50");
                body.put("municipalityId", municipality);
                body.put("status", "PROSPECT");
            }
            case "POST /v1/memberships/{id}/status-changes" -> {
                body.put("status", "NOTICE_GIVEN");
                body.put("effectiveOn", "2026-03-01");
                body.put("endsOn", "2026-12-31");
            }
            case "PUT /v1/memberships/{id}/recruitment" -> body.put("status", "CONTACTED");
            case "POST /v1/memberships/{id}/recruitment-notes" -> body.put("text", "Generated note");
            case "PUT /v1/memberships/{id}/contact-official" -> body.put("personId", person);
            case "POST /v1/people", "PUT /v1/people/{id}" -> {
                body.put("municipalityId", municipality);
                body.put("firstName", "Sjoerd");
                body.put("lastName", "de Vries");
                body.put("role", "SUPPORTING_CIVIL_SERVANT");
                body.put("email", "sjoerd@foutenburg.example");
                body.put("phone", "+31 30 123 4567");
            }
            case "POST /v1/networks/{code}/board-positions" -> {
                body.put("personId", person);
                body.put("position", "MEMBER");
                body.put("portfolio", "Financiën");
            }
            case "POST /v1/networks/{code}/vng-committee-seats" -> {
                body.put("personId", person);
                body.put("committee", "Commissie Zorg, Jeugd en Onderwijs");
            }
            case "POST /v1/municipal-mergers" -> {
                body.put("mergedOn", "2024-01-01");
                body.put("successorId", municipality);
                body.put("mergingMunicipalityIds", List.of(municipality));
            }
            default -> {
                return null;
            }
        }
        return body;
    }

    /** Text for path and query parameters, already written into the URI (so percent-encoding can be wrong on purpose). */
    private List<String> badTexts() {
        List<String> values = new ArrayList<>(List.of("%00", "%FF", "%C3%28", "%E2%82", "%0A%0D", "-1", "0",
                "99999999999999999999", "1.5", "1e3", "%20", "," , "-", "%27%3B--", encode("x".repeat(3000))));
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

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return document.at("/components/schemas/" + name);
        }
        return schema;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of the service's own tables whose current version was written by a transaction in [from, to). */
    private static long rowsWrittenBetween(String from, String to) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session ->
                    session.createNativeQuery("select table_name from information_schema.tables"
                                    + " where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)
                            .getResultList()
                            .flatMap(tables -> session.createNativeQuery(tables.stream()
                                            .map(table -> "(select count(*) from \"" + table + "\" where xmin::text::bigint >= "
                                                    + Long.parseLong(from) + " and xmin::text::bigint < " + Long.parseLong(to) + ")")
                                            .collect(java.util.stream.Collectors.joining(" + ", "select ", "")), Long.class)
                                    .getSingleResult()))));
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot look for written rows", e);
        }
    }

    /** The transaction id PostgreSQL hands out next: it only moves when a transaction writes. */
    private static String nextTransactionId() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session ->
                    session.createNativeQuery("select cast(pg_snapshot_xmax(pg_current_snapshot()) as text)", String.class)
                            .getSingleResult())));
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read the transaction id", e);
        }
    }
}
