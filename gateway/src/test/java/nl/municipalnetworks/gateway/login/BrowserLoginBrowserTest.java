package nl.municipalnetworks.gateway.login;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser ({@link HeadlessChromium}: Debian's chromium, driven by Playwright) logs in through
 * the gateway on Keycloak's login page, calls the API with its session, and logs out. The echo backends show what a
 * service gets. Skipped, with a message, only where no chromium is installed ({@code .ci/run} installs it).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class BrowserLoginBrowserTest {

    private static final String API = "/api/v1/members/memberships";

    private static HeadlessChromium chromium;
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aBrowserLogsInCallsTheApiWithItsSessionAndLogsOut() {
        String gateway = "http://127.0.0.1:" + RestAssured.port;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();

            // Log in on Keycloak's own page, reached through the gateway.
            page.navigate(gateway + "/login?redirect=/me");
            assertThat(page.url()).startsWith(TestTokens.issuerUrl());
            page.fill("#username", "m50-secretariat");
            page.fill("#password", "m50-secretariat");
            page.click("#kc-login");
            page.waitForURL(gateway + "/me");
            assertThat(page.textContent("#name")).isEqualTo("Sanne de Vries");
            assertThat(page.textContent("#roles")).isEqualTo("secretariat");
            assertThat(page.textContent("#network")).isEqualTo("M50");

            // The session cookie (split in chunks when the tokens are long): HttpOnly, SameSite=Lax (plain http here, so not
            // Secure), and an encrypted JWE (AES-GCM) in which no token can be read.
            List<Cookie> session = sessionCookies(context);
            assertThat(session).as("session cookie").isNotEmpty().allSatisfy(cookie -> {
                assertThat(cookie.httpOnly).isTrue();
                assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
                assertThat(cookie.secure).isFalse();
            });
            String sessionValue = session.stream().map(cookie -> cookie.value).collect(Collectors.joining());
            assertThat(new String(Base64.getUrlDecoder().decode(sessionValue.split("\\.")[0]), StandardCharsets.UTF_8))
                    .contains("\"enc\":\"A256GCM\"");
            assertThat((String) page.evaluate("() => document.cookie")).doesNotContain("q_session");

            // An API call with the session: the service gets the session's access token, not the cookie.
            JsonObject first = open(page, gateway + API);
            String accessToken = bearerOf(first);
            Map<String, Object> claims = TestTokens.claims(accessToken);
            assertThat(claims).containsEntry("typ", "Bearer").containsEntry("azp", "gateway")
                    .containsEntry("preferred_username", "m50-secretariat");
            assertThat(first.getJsonObject("headers").containsKey("cookie")).isFalse();
            assertThat(sessionValue).doesNotContain(accessToken.split("\\.")[1]);
            // The same audiences, scope claims and roles as the web portal's token of the same user.
            Map<String, Object> portal = TestTokens.claims(TestTokens.forUser("m50-secretariat"));
            assertThat(audiences(claims)).containsExactlyInAnyOrderElementsOf(audiences(portal))
                    .contains("member-service", "pillar-service", "finance-service", "events-service", "gateway");
            for (String claim : List.of("network", "municipality", "realm_access", "sub")) {
                assertThat(String.valueOf(claims.get(claim))).as(claim).isEqualTo(String.valueOf(portal.get(claim)));
            }

            // The tokens are refreshed (in the test profile on every request): the next call carries a new access token.
            String refreshed = bearerOf(open(page, gateway + API));
            assertThat(TestTokens.claims(refreshed).get("jti")).isNotEqualTo(claims.get("jti"));
            assertThat(TestTokens.claims(refreshed)).containsEntry("azp", "gateway").containsEntry("typ", "Bearer");

            // Log out with the page's button: the gateway's session and Keycloak's end, and the browser is back on /me.
            page.navigate(gateway + "/me");
            assertThat(page.textContent("#name")).isEqualTo("Sanne de Vries");
            page.click("#logout");
            page.waitForURL(url -> url.startsWith(gateway + "/me"));
            assertThat(page.textContent("#status")).contains("not logged in");
            assertThat(sessionCookies(context)).as("session cookie after logout").isEmpty();
            JsonObject after = open(page, gateway + API);
            assertThat(after.getJsonObject("headers").containsKey("authorization")).isFalse();
            assertThat(after.getJsonObject("headers").containsKey("cookie")).isFalse();

            // Keycloak's session is gone too: logging in again shows its login form instead of coming straight back.
            page.navigate(gateway + "/login");
            assertThat(page.url()).startsWith(TestTokens.issuerUrl());
            assertThat(page.isVisible("#username")).isTrue();
        }
    }

    /** The session cookie, in the order of its chunks ({@code q_session_browser} or {@code q_session_browser_chunk_N}). */
    private static List<Cookie> sessionCookies(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.startsWith("q_session_browser"))
                .sorted(Comparator.comparingInt(cookie -> cookie.name.contains("_chunk_")
                        ? Integer.parseInt(cookie.name.substring(cookie.name.lastIndexOf('_') + 1)) : 0))
                .toList();
    }

    /**
     * What the echo backend received when the browser opened an API URL (a navigation: the /me page's policy allows
     * scripts no requests, and the browser adds its cookies itself either way).
     */
    private static JsonObject open(Page page, String url) {
        Response response = page.navigate(url);
        assertThat(response.status()).as("status of " + url + ": " + response.text()).isEqualTo(200);
        return new JsonObject(response.text());
    }

    private static String bearerOf(JsonObject echo) {
        JsonArray authorization = echo.getJsonObject("headers").getJsonArray("authorization");
        assertThat(authorization).as("Authorization at the service").isNotNull();
        assertThat(authorization.size()).isEqualTo(1);
        String value = authorization.getString(0);
        assertThat(value).startsWith("Bearer ");
        return value.substring("Bearer ".length());
    }

    @SuppressWarnings("unchecked")
    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(aud));
    }
}
