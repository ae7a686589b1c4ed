package nl.municipalnetworks.gateway.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.gateway.SelfSignedTokens;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The audit trail through the gateway (echo backends), stored in the gateway's real PostgreSQL database. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class AuditApiTest {

    private static final String RECORDS = "/api/v1/gateway/audit-records";

    @Inject
    AuditService service;

    @Inject
    AuditTrail trail;

    @Inject
    MeterRegistry meters;

    @Test
    void aWriteThroughTheGatewayIsRecordedOnceWithWhoWhatAndTheAnswer() {
        String token = TestTokens.forUser("m50-secretariat");
        Map<String, Object> claims = TestTokens.claims(token);
        String requestId = newRequestId();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        given().auth().oauth2(token).header("X-Request-Id", requestId).contentType("application/json")
                .body("{\"name\":\"'s-Hertogenbosch\"}")
                .post("/api/v1/members/memberships?name=Jan%20de%20Vries&email=jan@example.nl")
                .then().statusCode(200);

        JsonPath record = onlyRecord(requestId);
        assertThat(record.getString("method")).isEqualTo("POST");
        assertThat(record.getString("path")).isEqualTo("/api/v1/members/memberships");
        assertThat(record.getInt("status")).isEqualTo(200);
        assertThat(record.getString("subject")).isEqualTo(claims.get("sub"));
        assertThat(record.getString("username")).isEqualTo("m50-secretariat");
        assertThat(record.getString("clientId")).isEqualTo(TestTokens.USER_CLIENT);
        assertThat(record.getString("network")).isEqualTo("M50");
        OffsetDateTime occurredAt = OffsetDateTime.parse(record.getString("occurredAt"));
        assertThat(occurredAt.getOffset()).isEqualTo(ZoneId.of("Europe/Amsterdam").getRules().getOffset(occurredAt.toInstant()));
        assertThat(occurredAt.toInstant()).isBetween(before.minusSeconds(1), Instant.now());
        // Nothing of the query string, the body or the token is kept anywhere in the row.
        String row = ServiceDatabase.text("select row_to_json(a)::text from audit_record a where request_id = '" + requestId + "'");
        assertThat(row).doesNotContain("Jan").doesNotContain("example.nl").doesNotContain("Hertogenbosch")
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void theServicesAnswerIsWhatIsRecordedForEveryKindOfWrite() {
        String token = TestTokens.forUser("m50-secretariat");
        String created = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", created).post("/api/v1/members/created").then().statusCode(201);
        String deleted = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", deleted).delete("/api/v1/events/events/42").then().statusCode(200);
        String patched = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", patched).contentType("application/json").body("{}")
                .patch("/api/v1/finance/invoices/7").then().statusCode(200);
        String put = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", put).contentType("application/json").body("{}")
                .put("/api/v1/pillars/pillars/9").then().statusCode(200);

        assertThat(onlyRecord(created).getInt("status")).isEqualTo(201);
        assertThat(onlyRecord(deleted).getString("method")).isEqualTo("DELETE");
        assertThat(onlyRecord(patched).getString("path")).isEqualTo("/api/v1/finance/invoices/7");
        assertThat(onlyRecord(put).getString("method")).isEqualTo("PUT");
    }

    @Test
    void aWriteWhileTheAuditTableIsAwayIsAnsweredAndItsRecordStoredOnARetry() {
        String requestId = newRequestId();
        double retriedBefore = retried();
        ServiceDatabase.execute("alter table audit_record rename to audit_record_away");
        try {
            given().auth().oauth2(TestTokens.forUser("m50-secretariat")).header("X-Request-Id", requestId)
                    .post("/api/v1/members/memberships").then().statusCode(200);
            // The first insert failed and the record waits for its next attempt.
            Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(15))
                    .until(() -> retried() > retriedBefore);
            assertThat(trail.pending()).isPositive();
        } finally {
            ServiceDatabase.execute("alter table audit_record_away rename to audit_record");
        }
        assertThat(onlyRecord(requestId).getInt("status")).isEqualTo(200);
    }

    @Test
    void readsAreNotRecorded() {
        String token = TestTokens.forUser("m50-secretariat");
        String read = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", read).get("/api/v1/members/memberships").then().statusCode(200);
        given().header("X-Request-Id", read).head("/api/v1/members/networks/M50/members").then().statusCode(200);
        String write = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", write).post("/api/v1/members/memberships").then().statusCode(200);

        awaitRecorded(write);
        assertThat(ServiceDatabase.count("select count(*) from audit_record where request_id = '" + read + "'")).isZero();
    }

    @Test
    void aWriteWithABadTokenIsRecordedAs401WithoutAnyone() {
        String requestId = newRequestId();
        String tampered = tamper(TestTokens.forUser("m50-secretariat"));
        given().auth().oauth2(tampered).header("X-Request-Id", requestId).post("/api/v1/members/memberships")
                .then().statusCode(401);

        JsonPath record = onlyRecord(requestId);
        assertThat(record.getInt("status")).isEqualTo(401);
        assertThat(record.getString("method")).isEqualTo("POST");
        // The claims of a refused token cannot be trusted: none are kept.
        assertThat(record.getString("subject")).isNull();
        assertThat(record.getString("username")).isNull();
        assertThat(record.getString("clientId")).isNull();
        assertThat(record.getString("network")).isNull();
    }

    @Test
    void aWriteOverTheRateLimitIsRecordedAs429WithTheClientAndUser() {
        // audit-probe may make 1 request per hour per user in the tests; a new subject gets a bucket of its own.
        String subject = UUID.randomUUID().toString();
        String token = SelfSignedTokens.sign(claims(Map.of("azp", "audit-probe", "sub", subject,
                "preferred_username", "audit-probe-user", "network", "G40")));
        String allowed = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", allowed).post("/api/v1/events/events").then().statusCode(200);
        String limited = newRequestId();
        given().auth().oauth2(token).header("X-Request-Id", limited).post("/api/v1/events/events").then().statusCode(429);

        assertThat(onlyRecord(allowed).getInt("status")).isEqualTo(200);
        JsonPath record = onlyRecord(limited);
        assertThat(record.getInt("status")).isEqualTo(429);
        assertThat(record.getString("subject")).isEqualTo(subject);
        assertThat(record.getString("username")).isEqualTo("audit-probe-user");
        assertThat(record.getString("clientId")).isEqualTo("audit-probe");
        assertThat(record.getString("network")).isEqualTo("G40");
    }

    @Test
    void theBoardOfM50ReadsTheRecordsOfM50Only() {
        String m50 = newRequestId();
        given().auth().oauth2(TestTokens.forUser("m50-secretariat")).header("X-Request-Id", m50)
                .post("/api/v1/members/memberships").then().statusCode(200);
        String g40 = newRequestId();
        given().auth().oauth2(TestTokens.forUser("g40-secretariat")).header("X-Request-Id", g40)
                .post("/api/v1/members/memberships").then().statusCode(200);
        awaitRecorded(m50);
        awaitRecorded(g40);

        String board = TestTokens.forUser("m50-board");
        given().auth().oauth2(board).queryParam("requestId", m50).get(RECORDS)
                .then().statusCode(200).header("API-Version", "1.0.0").body("totalItems", equalTo(1));
        given().auth().oauth2(board).queryParam("requestId", g40).get(RECORDS)
                .then().statusCode(200).body("totalItems", equalTo(0));
        List<String> networks = given().auth().oauth2(board).queryParam("pageSize", "100").get(RECORDS)
                .then().statusCode(200).extract().jsonPath().getList("items.network", String.class);
        assertThat(networks).isNotEmpty().containsOnly("M50");
        given().auth().oauth2(board).queryParam("network", "G40").get(RECORDS)
                .then().statusCode(403).contentType("application/problem+json");
        // The platform admin reads every network's records.
        given().auth().oauth2(TestTokens.forUser("platform-admin")).queryParam("requestId", g40).get(RECORDS)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].network", equalTo("G40"));
    }

    @Test
    void onlyThePlatformAdminAndABoardMayReadTheTrail() {
        given().get(RECORDS).then().statusCode(401).contentType("application/problem+json");
        for (String user : List.of("m50-secretariat", "m50-treasurer", "zeist-official", "platform31-partner")) {
            given().auth().oauth2(TestTokens.forUser(user)).get(RECORDS)
                    .then().statusCode(403).contentType("application/problem+json").header("API-Version", "1.0.0");
        }
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret")).get(RECORDS)
                .then().statusCode(403);
    }

    @Test
    void filtersNarrowTheRecordsAndABadFilterIsA400NamingIt() {
        String admin = TestTokens.forUser("platform-admin");
        String requestId = newRequestId();
        given().auth().oauth2(TestTokens.forUser("g40-secretariat")).header("X-Request-Id", requestId)
                .delete("/api/v1/members/memberships/1").then().statusCode(200);
        awaitRecorded(requestId);
        String now = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusMinutes(1).toString();
        String hourAgo = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).minusHours(1).toString();
        given().auth().oauth2(admin).queryParam("requestId", requestId).queryParam("from", hourAgo).queryParam("to", now)
                .queryParam("network", "G40").queryParam("client", TestTokens.USER_CLIENT)
                .queryParam("user", "g40-secretariat").queryParam("method", "DELETE").queryParam("status", "200")
                .get(RECORDS).then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(admin).queryParam("requestId", requestId).queryParam("method", "POST")
                .get(RECORDS).then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(admin).queryParam("requestId", requestId).queryParam("to", hourAgo)
                .get(RECORDS).then().statusCode(200).body("totalItems", equalTo(0));

        Map<String, String> bad = Map.of("from", "yesterday", "to", "2026-13-01T00:00:00Z", "status", "abc",
                "method", "GET", "network", "M 50", "page", "0", "pageSize", "101", "requestId", "a b");
        bad.forEach((field, value) -> given().auth().oauth2(admin).queryParam(field, value).get(RECORDS)
                .then().statusCode(400).contentType("application/problem+json").header("API-Version", "1.0.0")
                .body("invalidParams[0].name", equalTo(field)));
        given().auth().oauth2(admin).queryParam("from", now).queryParam("to", hourAgo).get(RECORDS)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
    }

    @Test
    void thePurgeDeletesRecordsOlderThanTheRetentionInBatches() {
        String prefix = "purge-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            insert(prefix + "-old-" + i, Instant.now().minus(Duration.ofDays(401)));
        }
        insert(prefix + "-recent", Instant.now().minus(Duration.ofDays(399)));

        long deleted = service.purge().await().atMost(Duration.ofSeconds(30));

        assertThat(deleted).isGreaterThanOrEqualTo(5);
        assertThat(ServiceDatabase.count("select count(*) from audit_record where request_id like '" + prefix + "-old-%'")).isZero();
        assertThat(ServiceDatabase.count("select count(*) from audit_record where request_id = '" + prefix + "-recent'")).isOne();
    }

    private double retried() {
        return meters.counter("gateway.audit.records", "outcome", "retried").count();
    }

    private static void insert(String requestId, Instant occurredAt) {
        ServiceDatabase.execute("insert into audit_record (occurred_at, request_id, method, path, status) values ('"
                + occurredAt + "', '" + requestId + "', 'POST', '/api/v1/members/memberships', 201)");
    }

    private static String newRequestId() {
        return "audit-test-" + UUID.randomUUID();
    }

    private static void awaitRecorded(String requestId) {
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(15))
                .until(() -> ServiceDatabase.count("select count(*) from audit_record where request_id = '" + requestId + "'") > 0);
    }

    /** The one record of a request, as the platform admin reads it through the query API. */
    private static JsonPath onlyRecord(String requestId) {
        awaitRecorded(requestId);
        assertThat(ServiceDatabase.count("select count(*) from audit_record where request_id = '" + requestId + "'")).isOne();
        JsonPath page = given().auth().oauth2(TestTokens.forUser("platform-admin")).queryParam("requestId", requestId)
                .get(RECORDS).then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("totalItems")).isOne();
        return new JsonPath(page.prettify()).setRootPath("items[0]");
    }

    private static Map<String, Object> claims(Map<String, Object> replaced) {
        Map<String, Object> claims = new HashMap<>(TestTokens.claims(TestTokens.forUser("m50-secretariat")));
        long now = System.currentTimeMillis() / 1000;
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("jti", UUID.randomUUID().toString());
        claims.putAll(replaced);
        return claims;
    }

    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String other = TestTokens.forUser("m50-board").split("\\.")[2];
        return parts[0] + "." + parts[1] + "." + other;
    }
}
