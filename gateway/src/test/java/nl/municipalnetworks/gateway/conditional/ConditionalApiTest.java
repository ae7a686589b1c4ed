package nl.municipalnetworks.gateway.conditional;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.gateway.EchoBackends;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ETag and 304 at the gateway (echo backends). The test configuration lists the members list, the memberships, the
 * echo calendar, the network calendar and the finance downloads; nothing of pillars or of /api/v1/events/events.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class ConditionalApiTest {

    private static final String CALENDAR = "/api/v1/events/calendar.ics";
    private static final String STRONG_SHA256_TAG = "\"[A-Za-z0-9_-]{43}\"";

    @Test
    void aListedRouteAnswersWithAStrongETagAndAMatchingIfNoneMatchGets304WithoutABody() {
        Response first = given().get(CALENDAR);
        first.then().statusCode(200);
        String etag = first.header("ETag");
        assertThat(etag).matches(STRONG_SHA256_TAG);
        assertThat(first.asString()).isEqualTo(EchoBackends.CALENDAR);
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.header("Vary")).contains("Authorization").contains("Cookie");

        Response again = given().header("If-None-Match", etag).get(CALENDAR);
        again.then().statusCode(304);
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.asByteArray()).isEmpty();
        assertThat(again.header("Content-Length")).isNull();
        assertThat(again.header("X-Request-Id")).isNotBlank();
        assertThat(again.header("Cache-Control")).isEqualTo("no-cache");

        // A list of tags, a weak form of the same tag, and * match too (If-None-Match compares weakly).
        given().header("If-None-Match", "\"older\", " + etag).get(CALENDAR).then().statusCode(304);
        given().header("If-None-Match", "W/" + etag).get(CALENDAR).then().statusCode(304);
        given().header("If-None-Match", "*").get(CALENDAR).then().statusCode(304);
        // Another tag: the whole answer, with the same tag.
        Response other = given().header("If-None-Match", "\"something-else\"").get(CALENDAR);
        other.then().statusCode(200);
        assertThat(other.header("ETag")).isEqualTo(etag);
        assertThat(other.asString()).isEqualTo(EchoBackends.CALENDAR);
    }

    @Test
    void aChangedBodyGetsTheWholeAnswerWithANewETag() {
        // The echo answer holds the request's headers, so two requests with different ids have different bodies.
        String path = "/api/v1/members/networks/M50/members";
        Response first = given().header("X-Request-Id", "etag-first").get(path);
        String etag = first.then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches(STRONG_SHA256_TAG);

        Response changed = given().header("X-Request-Id", "etag-second").header("If-None-Match", etag).get(path);
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).matches(STRONG_SHA256_TAG).isNotEqualTo(etag);
        assertThat(changed.jsonPath().getString("path")).isEqualTo("/v1/networks/M50/members");
        // The same bytes always give the same tag.
        assertThat(EntityTags.of(changed.asByteArray())).isEqualTo(changed.header("ETag"));
    }

    @Test
    void anAnswerToARequestWithATokenIsPrivate() {
        Response response = given().auth().oauth2(TestTokens.forUser("m50-secretariat")).get("/api/v1/members/memberships");
        response.then().statusCode(200);
        assertThat(response.header("ETag")).matches(STRONG_SHA256_TAG);
        assertThat(response.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(response.header("Vary")).contains("Authorization");
    }

    @Test
    void writesRoutesNotListedAndOtherStatusesGetNoETag() {
        given().post("/api/v1/members/memberships").then().statusCode(200).header("ETag", (String) null);
        given().get("/api/v1/events/events").then().statusCode(200).header("ETag", (String) null);
        given().get("/api/v1/pillars/pillars").then().statusCode(200).header("ETag", (String) null);
        // A longer path than the listed route is another route.
        given().get("/api/v1/members/networks/M50/members/extra").then().statusCode(200).header("ETag", (String) null);
        // A request the service does not answer with 200 (the gateway's 401 here) has none either.
        given().auth().oauth2("not-a-token").get(CALENDAR).then().statusCode(401).header("ETag", (String) null);
    }

    @Test
    void aChunkedBodyWithinTheLimitGetsAnETagToo() {
        // The echo download is chunked (no Content-Length); 10 KiB is within the test's 64 KiB limit.
        int size = 10 * 1024;
        Response response = given().get("/api/v1/finance/downloads/" + size);
        response.then().statusCode(200).header("Content-Length", String.valueOf(size));
        assertThat(response.asByteArray()).isEqualTo(EchoBackends.downloadBytes(size));
        assertThat(response.header("ETag")).isEqualTo(EntityTags.of(EchoBackends.downloadBytes(size)));
        Response again = given().header("If-None-Match", response.header("ETag")).get("/api/v1/finance/downloads/" + size);
        again.then().statusCode(304);
        assertThat(again.asByteArray()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitPassesThroughUnchangedWithoutETag() {
        // Chunked, so the gateway finds out only after reading 64 KiB of it: those and the rest go on as they came.
        for (int size : new int[] {64 * 1024 + 1, 200 * 1024, 3 * 1024 * 1024 + 7}) {
            Response response = given().get("/api/v1/finance/downloads/" + size);
            response.then().statusCode(200).header("ETag", (String) null).header("Content-Type", "application/pdf");
            assertThat(response.asByteArray()).hasSize(size);
            assertThat(EchoBackends.sha256(response.asByteArray())).isEqualTo(EchoBackends.sha256(EchoBackends.downloadBytes(size)));
        }
    }
}
