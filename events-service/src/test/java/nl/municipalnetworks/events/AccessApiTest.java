package nl.municipalnetworks.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class AccessApiTest {

    @Test
    void onlyAccessTokensMeantForEventsServiceGetIn() {
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        given().auth().oauth2(TestTokens.forUser("m50-secretariat")).get("/v1/events/" + event).then().statusCode(200);

        String idToken = TestTokens.idTokenForUser("m50-secretariat");
        given().auth().oauth2(idToken).get("/v1/events/" + event)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(idToken).contentType("application/json").body(Map.of("status", "CLOSED"))
                .post("/v1/events/" + event + "/status-changes").then().statusCode(401);

        // Secretariat of M50, but the token is not meant for events-service.
        String otherClient = TestTokens.forClient("audience-probe-client", "audience-probe-client-secret");
        assertThat(String.valueOf(TestTokens.claims(otherClient).get("aud"))).doesNotContain("events-service");
        given().auth().oauth2(otherClient).get("/v1/events/" + event + "/registrations")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aMembersEventIsNotShownWithoutATokenButAPublicOneIs() {
        String members = EventsApi.openEvent("M50", "MEMBERS", 10);
        String open = EventsApi.openEvent("M50", "PUBLIC", 10);
        given().get("/v1/events/" + members).then().statusCode(401).contentType("application/problem+json");
        given().get("/v1/events/" + open).then().statusCode(200).body("audience", is("PUBLIC"));
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret"))
                .get("/v1/events/" + members).then().statusCode(403);
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Reactive PostgreSQL connections health check",
                        "Kafka connection health check"));
    }
}
