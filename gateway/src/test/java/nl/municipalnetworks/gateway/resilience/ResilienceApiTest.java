package nl.municipalnetworks.gateway.resilience;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import nl.municipalnetworks.gateway.EchoBackends;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * One service down or hanging: 503 problem+json with Retry-After on its routes only. The test's breakers open after
 * 4 calls with at least half failed and stay open 60 s (application.properties, %test).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class ResilienceApiTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void aStoppedServiceGives503OnItsRoutesOnlyAndTheBreakerStopsCallingIt() {
        String finance = BackendGuard.breakerName("finance");
        breakers.reset(finance);
        String token = TestTokens.forUser("m50-treasurer");
        EchoBackends.stop("finance");
        try {
            unavailable(given().auth().oauth2(token).get("/api/v1/finance/invoices"), "cannot be reached");
            given().auth().oauth2(token).get("/api/v1/members/memberships").then().statusCode(200)
                    .body("backend", equalTo("members"));

            for (int call = 2; call <= 4; call++) {
                unavailable(given().auth().oauth2(token).get("/api/v1/finance/invoices"), "finance service");
            }
            assertThat(breakers.currentState(finance)).isEqualTo(CircuitBreakerState.OPEN);

            // Open: the service is not even tried, so it stays 503 although it is back.
            EchoBackends.restart("finance");
            unavailable(given().auth().oauth2(token).get("/api/v1/finance/invoices"), "after repeated failures");
            for (String other : new String[] {"/api/v1/members/memberships", "/api/v1/pillars/pillars",
                    "/api/v1/events/events"}) {
                given().auth().oauth2(token).get(other).then().statusCode(200);
            }

            breakers.reset(finance);
            given().auth().oauth2(token).get("/api/v1/finance/invoices").then().statusCode(200)
                    .body("backend", equalTo("finance"));
        } finally {
            EchoBackends.restart("finance");
            breakers.reset(finance);
        }
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGives503() {
        breakers.reset(BackendGuard.breakerName("slow"));
        try {
            unavailable(given().get("/api/v1/slow/hang"), "did not answer within 300 ms");
            // The same echo server answers its other paths at once.
            given().get("/api/v1/slow/anything").then().statusCode(200);
        } finally {
            breakers.reset(BackendGuard.breakerName("slow"));
        }
    }

    @Test
    void aReadWhoseConnectionClosesBeforeAnyAnswerIsSentOnceMoreAndAWriteIsNot() {
        String pillars = BackendGuard.breakerName("pillars");
        breakers.reset(pillars);
        try {
            given().get("/api/v1/pillars/close-once/" + UUID.randomUUID()).then().statusCode(200)
                    .body("backend", equalTo("pillars")).body("method", equalTo("GET"));

            // A write may have reached the service before the connection went: the caller decides about repeating it.
            given().contentType("application/json").body("{}").post("/api/v1/pillars/close-once/" + UUID.randomUUID())
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("cannot be reached"));
        } finally {
            breakers.reset(pillars);
        }
    }

    @Test
    void callersThatHangUpDoNotOpenTheBreaker() throws Exception {
        String events = BackendGuard.breakerName("events");
        breakers.reset(events);
        try {
            // More broken-off calls than the test breaker's request volume (4), all of them "failed" exchanges.
            for (int call = 1; call <= 5; call++) {
                int started = EchoBackends.hangsStarted();
                int ended = EchoBackends.hangsEnded();
                try (Socket caller = new Socket("127.0.0.1", RestAssured.port)) {
                    caller.getOutputStream().write(("GET /api/v1/events/hang HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    caller.getOutputStream().flush();
                    await().atMost(Duration.ofSeconds(5)).until(() -> EchoBackends.hangsStarted() > started);
                }
                // The gateway resets its request to the service once the caller is gone: the service sees it close.
                await().atMost(Duration.ofSeconds(5)).until(() -> EchoBackends.hangsEnded() > ended);
            }
            assertThat(breakers.currentState(events)).isEqualTo(CircuitBreakerState.CLOSED);
            given().get("/api/v1/events/anything").then().statusCode(200);
        } finally {
            breakers.reset(events);
        }
    }

    private static void unavailable(Response response, String detail) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("status", equalTo(503))
                .body("detail", containsString(detail));
    }
}
