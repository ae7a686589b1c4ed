package nl.municipalnetworks.gateway.login;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The browser login's rules without a browser: which requests go to Keycloak's login page, which get a problem, and
 * what the login request to Keycloak asks for. {@link BrowserLoginBrowserTest} logs in for real.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class BrowserLoginApiTest {

    private static final String SESSION_COOKIE = "q_session_browser";

    @Test
    void loginWithoutASessionStartsTheCodeFlowWithPkceAtKeycloak() {
        Response response = given().redirects().follow(false).get("/login?redirect=/me");
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.header("Location"));
        assertThat(location.toString()).startsWith(TestTokens.issuerUrl() + "/protocol/openid-connect/auth?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("client_id", "gateway")
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", RestAssured.baseURI + ":" + RestAssured.port + "/login")
                .containsKeys("state", "code_challenge");
        assertThat(query.get("scope")).contains("openid");
        // The state cookie holds the PKCE verifier (encrypted) and where to go back to; scripts cannot read it.
        assertThat(response.headers().getValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("q_auth_browser").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void onlyPathsOfTheGatewayAreLoginTargets() {
        for (String target : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            given().redirects().follow(false).queryParam("redirect", target).get("/login")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("redirect"));
        }
    }

    @Test
    void aLoginWithABearerTokenNeedsNoKeycloakPage() {
        given().redirects().follow(false).auth().oauth2(TestTokens.forUser("m50-board"))
                .get("/login?redirect=/api/v1/members/networks/M50/members")
                .then().statusCode(303).header("Location", "/api/v1/members/networks/M50/members");
    }

    @Test
    void apiCallsWithoutASessionStayAnonymousAndNeverRedirect() {
        given().redirects().follow(false).get("/api/v1/members/networks/M50/members")
                .then().statusCode(200).body("headers.authorization", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anApiCallWithASessionThatCannotBeReadGets401AndTheCookieIsRemoved() {
        Response response = given().redirects().follow(false).cookie(SESSION_COOKIE, "not-an-encrypted-session")
                .get("/api/v1/members/memberships");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains("log in again at /login");
        assertThat(response.asString()).doesNotContain("\"backend\"");
        assertThat(response.headers().getValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(SESSION_COOKIE + "=").contains("Max-Age=0"));
    }

    @Test
    void theGatewaysPagesSendAStaleSessionToKeycloaksLoginPage() {
        Response stale = given().redirects().follow(false).cookie(SESSION_COOKIE, "not-an-encrypted-session")
                .get("/me");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.header("Location")).isEqualTo("/login?redirect=%2Fme");
        assertThat(stale.detailedCookie(SESSION_COOKIE).getMaxAge()).isZero();

        Response login = given().redirects().follow(false).urlEncodingEnabled(false).get(stale.header("Location"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).startsWith(TestTokens.issuerUrl() + "/protocol/openid-connect/auth?");
    }

    @Test
    void theMePageForAnAnonymousVisitorHasTheLoginLinkAndAStrictPolicy() {
        given().get("/me").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; form-action 'self' "
                        + origin(TestTokens.issuerUrl()) + "; frame-ancestors 'none'; base-uri 'none'")
                .header("X-Frame-Options", "DENY")
                .body(containsString("You are not logged in"));
    }

    @Test
    void theMePageShowsABearerCallerToo() {
        given().auth().oauth2(TestTokens.forUser("m50-secretariat")).get("/me").then().statusCode(200)
                .body(containsString("<dd id=\"network\">M50</dd>"))
                .body(containsString("<dd id=\"roles\">secretariat</dd>"));
    }

    @Test
    void logoutIsAPostOnly() {
        given().redirects().follow(false).get("/logout")
                .then().statusCode(405).header("Allow", "POST").contentType("application/problem+json")
                .body("status", equalTo(405));
        // Without a session there is nothing to end: back to the page.
        given().redirects().follow(false).post("/logout").then().statusCode(303).header("Location", "/me");
    }

    @Test
    void aLogoutWithASessionThatCannotBeReadStillEndsKeycloaksSession() {
        Response response = given().redirects().follow(false).cookie(SESSION_COOKIE, "not-an-encrypted-session")
                .post("/logout");
        assertThat(response.statusCode()).isEqualTo(303);
        URI location = URI.create(response.header("Location"));
        assertThat(location.toString()).startsWith(TestTokens.issuerUrl() + "/protocol/openid-connect/logout?");
        assertThat(query(location)).containsEntry("client_id", "gateway")
                .containsEntry("post_logout_redirect_uri", RestAssured.baseURI + ":" + RestAssured.port + "/me");
        assertThat(response.headers().getValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(SESSION_COOKIE + "=").contains("Max-Age=0"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
