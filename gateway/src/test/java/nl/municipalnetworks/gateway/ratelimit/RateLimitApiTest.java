package nl.municipalnetworks.gateway.ratelimit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * vng-network-client has its own limit in the test configuration: 3 requests, refilled at 3 per hour. This is the
 * only test that uses that client, so its bucket is full when the test starts.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class RateLimitApiTest {

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        String vng = TestTokens.forClient("vng-network-client", "vng-network-client-secret");
        assertThat(TestTokens.claims(vng)).containsEntry("azp", "vng-network-client");
        for (int call = 1; call <= 3; call++) {
            given().auth().oauth2(vng).get("/api/v1/members/memberships").then().statusCode(200);
        }
        Response limited = given().auth().oauth2(vng).get("/api/v1/members/memberships");
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429));
        // One request back every 20 minutes.
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1100L, 1200L);
        // The limit is per client, not per route.
        given().auth().oauth2(vng).get("/api/v1/events/events").then().statusCode(429);

        given().auth().oauth2(TestTokens.forUser("m50-secretariat")).get("/api/v1/members/memberships")
                .then().statusCode(200);
        given().get("/api/v1/members/networks/M50/members").then().statusCode(200);
    }
}
