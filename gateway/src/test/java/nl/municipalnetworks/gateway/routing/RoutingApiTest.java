package nl.municipalnetworks.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.api.RawHttp;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Each route family reaches its service with the service's own path; what else the gateway changes on the way. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class RoutingApiTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void eachFamilyReachesItsServiceWithTheServicesPathAndTheQueryAsSent() {
        Map<String, String> families = Map.of(
                "/api/v1/members/networks/M50/members", "members",
                "/api/v1/pillars/pillars", "pillars",
                "/api/v1/finance/networks/M50/balances", "finance",
                "/api/v1/events/networks/M50/calendar", "events");
        families.forEach((path, backend) -> {
            JsonPath echo = given().urlEncodingEnabled(false)
                    .get(path + "?sort=-name&name=%27s-Hertogenbosch&pageSize=5")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(echo.getString("backend")).as(path).isEqualTo(backend);
            assertThat(echo.getString("uri")).as(path)
                    .isEqualTo(path.replaceFirst("^/api/v1/[a-z]+", "/v1") + "?sort=-name&name=%27s-Hertogenbosch&pageSize=5");
        });
    }

    @Test
    void methodsAndBodiesPassAsSent() {
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            JsonPath echo = given().contentType("application/json").body("{\"name\":\"Súdwest-Fryslân\"}")
                    .request(method, "/api/v1/pillars/themes/7")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(echo.getString("method")).isEqualTo(method);
            assertThat(echo.getString("path")).isEqualTo("/v1/themes/7");
            assertThat(echo.getLong("bodyLength")).isEqualTo("{\"name\":\"Súdwest-Fryslân\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            assertThat(echo.getList("headers.content-type", String.class)).contains("application/json");
        }
    }

    @Test
    void theServiceGetsItsOwnHostAndTheGatewaysForwardedHeadersNotTheCallers() {
        JsonPath echo = given()
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=203.0.113.9;host=evil.example")
                .get("/api/v1/members/municipalities").then().statusCode(200).extract().jsonPath();
        String memberService = URI.create(ConfigProvider.getConfig().getValue("gateway.backends.members.url", String.class))
                .getAuthority();
        assertThat(echo.getString("headers.host[0]")).isEqualTo(memberService);
        assertThat(echo.getList("headers.x-forwarded-for", String.class)).containsExactly("127.0.0.1");
        assertThat(echo.getList("headers.x-forwarded-host", String.class)).containsExactly(gateway.getHost() + ":" + gateway.getPort());
        assertThat(echo.getList("headers.x-forwarded-proto", String.class)).containsExactly("http");
        assertThat(echo.getList("headers.x-forwarded-prefix", String.class)).containsExactly("/api/v1/members");
        assertThat(echo.getMap("headers")).doesNotContainKey("forwarded");
    }

    @Test
    void aLocationOfTheServiceIsTranslatedAndItsCookiesStayBehind() {
        given().contentType("application/json").body("{}").post("/api/v1/members/created")
                .then().statusCode(201)
                .header("Location", "/api/v1/members/memberships/123")
                .header("Set-Cookie", nullValue());
    }

    @Test
    void anUnknownPathIsA404ProblemNotAPage() {
        for (String path : List.of("/api/v1/membership/1", "/api/v1/nothing", "/", "/index.html", "/q/health", "/api")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404)).body("title", equalTo("Not Found"));
        }
    }

    @Test
    void aDotSegmentIsRefusedNotForwarded() throws Exception {
        for (String target : List.of("/api/v1/members/%2e%2e/q/metrics", "/api/v1/members/..%2Fq/health/../../x",
                "/api/v1/finance/./invoices")) {
            RawHttp.Answer answer = RawHttp.send(gateway, "GET", target, "", null, false);
            assertThat(answer.status()).as(target).isIn(400, 404);
            assertThat(answer.header("Content-Type")).as(target).isEqualTo("application/problem+json");
            assertThat(answer.body()).as(target).doesNotContain("\"backend\"");
        }
    }
}
