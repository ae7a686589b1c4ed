package nl.municipalnetworks.gateway.login;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.KeycloakAdmin;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-channel logout: a Keycloak session that ends elsewhere (here: an administrator signs the user out) ends the
 * gateway's session at once, not when its tokens must next be refreshed. Keycloak posts the logout token to the test
 * gateway's {@code /back-channel-logout} (the realm file names the local platform's gateway, port 8080; this test sets
 * the client's URL to the test's port through the admin API).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class BackChannelLogoutTest {

    /** A test user no other gateway test logs in with: signing it out ends no other test's session. */
    private static final String USER = "waalwijk-official";
    private static final String SESSION_COOKIE = "q_session_browser";
    private static final String API = "/api/v1/members/memberships";
    /** The client's own access (and ID) token lifespan in seconds; empty: the realm's (15 min). */
    private static final String TOKEN_LIFESPAN = "access.token.lifespan";

    // No cookie manager: Keycloak marks its cookies Secure also on http://127.0.0.1 (java.net.CookieManager does not send
    // those over http, browsers do for loopback addresses), so cookies are passed on by hand.
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Idempotent; in the test (not before all) because RestAssured knows the gateway's random port only there. */
    private static void keycloakPostsLogoutTokensToThisGateway() {
        KeycloakAdmin.setClientAttributes("gateway", Map.of(
                "backchannel.logout.url", RestAssured.baseURI + ":" + RestAssured.port + "/back-channel-logout",
                "backchannel.logout.session.required", "true"));
    }

    @Test
    void aSessionEndedAtKeycloakStopsWorkingAtTheGatewayAtOnce() throws Exception {
        keycloakPostsLogoutTokensToThisGateway();
        // The test profile refreshes a session's tokens on every request (skew 1 h), and a refresh that Keycloak refuses
        // ends the session without any back-channel logout. Tokens of 2 h keep the refresh away during this test, as in
        // production where it comes only in a token's last minute: only the logout token can end this session.
        KeycloakAdmin.setClientAttributes("gateway", Map.of(TOKEN_LIFESPAN, "7200"));
        String session;
        try {
            session = logIn(USER);
        } finally {
            KeycloakAdmin.setClientAttributes("gateway", Map.of(TOKEN_LIFESPAN, ""));
        }
        given().header("Cookie", session).get(API).then().statusCode(200);

        KeycloakAdmin.logOutUser(USER);

        // The same answer as for any session that can no longer be used: 401 problem+json, the cookie removed, the
        // request not forwarded (the service never sees the session's token).
        Response ended = given().redirects().follow(false).header("Cookie", session).get(API);
        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(ended.contentType()).startsWith("application/problem+json");
        assertThat(ended.jsonPath().getString("detail")).contains("log in again at /login");
        assertThat(ended.asString()).doesNotContain("\"authorization\"");
        assertThat(ended.headers().getValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(SESSION_COOKIE).contains("Max-Age=0"));
        // A copy of the cookie kept back works no more than the browser's.
        given().redirects().follow(false).header("Cookie", session).get(API).then().statusCode(401);
        // The gateway's page sends the browser to a new login.
        given().redirects().follow(false).header("Cookie", session).get("/me")
                .then().statusCode(302).header("Location", "/login?redirect=%2Fme");

        // A new login is a new Keycloak session, and it works.
        String again = logIn(USER);
        given().header("Cookie", again).get(API).then().statusCode(200)
                .body("headers.authorization[0]", org.hamcrest.Matchers.startsWith("Bearer "));
    }

    @Test
    void aSessionEndedAtKeycloakWhoseTokensAreDueForRefreshGets401Too() throws Exception {
        keycloakPostsLogoutTokensToThisGateway();
        // The test profile's tokens are always due for refresh: quarkus-oidc meets the pending logout token in its
        // auto-refresh and lets it out as its TokenAutoRefreshException (BrowserLogin.sessionFailure), not a 500. (Here
        // the refused refresh would end the session without a logout token too; the test above is the one without.)
        String session = logIn(USER);
        given().header("Cookie", session).get(API).then().statusCode(200);
        KeycloakAdmin.logOutUser(USER);
        Response ended = given().redirects().follow(false).header("Cookie", session).get(API);
        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(ended.contentType()).startsWith("application/problem+json");
        assertThat(ended.headers().getValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(SESSION_COOKIE).contains("Max-Age=0"));
        given().redirects().follow(false).header("Cookie", session).get("/me")
                .then().statusCode(302).header("Location", "/login?redirect=%2Fme");
    }

    @Test
    void theBackChannelTakesOnlyLogoutTokensOfTheRealm() {
        given().contentType("application/x-www-form-urlencoded").formParam("logout_token", "not-a-token")
                .post("/back-channel-logout").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").post("/back-channel-logout").then().statusCode(400);
    }

    /**
     * The browser's way through the gateway's login, step by step: {@code /login} sends it to Keycloak's login form with
     * the gateway's state cookie; the form, filled in, sends it back to {@code /login} with the code; the gateway
     * exchanges the code and sets the session cookie.
     *
     * @return the session cookie (or its chunks) as a {@code Cookie} header
     */
    private String logIn(String user) throws Exception {
        String gateway = RestAssured.baseURI + ":" + RestAssured.port;
        HttpResponse<String> start = send(HttpRequest.newBuilder(URI.create(gateway + "/login?redirect=/me")).GET(), null);
        assertThat(start.statusCode()).isEqualTo(302);
        String stateCookies = cookies(start);

        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(location(start))).GET(), null);
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), cookies(form));
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        assertThat(location(loggedIn)).startsWith(gateway + "/login?");

        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(location(loggedIn))).GET(), stateCookies);
        assertThat(back.statusCode()).isIn(302, 303);
        // q_session_browser, or its chunks q_session_browser_chunk_N when it is long.
        String session = String.join("; ", back.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(SESSION_COOKIE)).map(cookie -> cookie.split(";", 2)[0]).toList());
        assertThat(session).as("the session cookie").isNotBlank();
        return session;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookies)
            throws IOException, InterruptedException {
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(HttpResponse<?> response) {
        List<String> pairs = response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList();
        return String.join("; ", pairs);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }
}
