package nl.municipalnetworks.gateway.login;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm's {@code gateway} client, as the gateway's browser login uses it, without the gateway in between: the code
 * flow needs PKCE, its access token is one the services accept (their audiences, {@code typ} Bearer), and its ID token
 * is one they refuse (audience {@code gateway} only, {@code typ} ID), as the gateway does as a bearer token.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class GatewayClientTokensTest {

    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final List<String> SERVICES = List.of("member-service", "pillar-service", "finance-service",
            "events-service");

    // Keycloak's cookies are Secure, which a browser sends to a loopback address over http and Java's CookieManager does
    // not: the login form's cookies are passed on by hand.
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theCodeFlowWithoutPkceIsRefused() throws Exception {
        HttpResponse<String> answer = get(authorizationUrl(null));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .startsWith(REDIRECT_URI).contains("error=invalid_request").contains("code_challenge");
    }

    @Test
    void theAccessTokenIsForTheServicesAndTheIdTokenOnlyForTheGateway() throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        JsonObject tokens = codeFlow("m50-treasurer", verifier);

        Map<String, Object> access = TestTokens.claims(tokens.getString("access_token"));
        assertThat(access).containsEntry("typ", "Bearer").containsEntry("azp", "gateway").containsEntry("network", "M50");
        assertThat(audiences(access)).containsAll(SERVICES).contains("gateway");
        assertThat(String.valueOf(access.get("realm_access"))).contains("treasurer");

        Map<String, Object> id = TestTokens.claims(tokens.getString("id_token"));
        assertThat(id).containsEntry("typ", "ID").containsEntry("azp", "gateway");
        assertThat(audiences(id)).containsExactly("gateway");
        // The gateway, like every service, takes only access tokens as bearer tokens.
        given().auth().oauth2(tokens.getString("id_token")).get("/api/v1/members/memberships").then().statusCode(401);
        given().auth().oauth2(tokens.getString("access_token")).get("/api/v1/members/memberships").then().statusCode(200);
    }

    /** The browser's part (Keycloak's login form) and the gateway's part (the code exchange with secret and verifier). */
    private JsonObject codeFlow(String user, String verifier) throws Exception {
        HttpResponse<String> loginPage = get(authorizationUrl(verifier));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(loginPage.body());
        if (!action.find()) {
            action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
            assertThat(action.find()).as("Keycloak's login form").isTrue();
        }
        String cookies = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0]).toList());
        HttpResponse<String> loggedIn = post(action.group(1).replace("&amp;", "&"),
                Map.of("username", user, "password", user, "credentialId", ""), cookies);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        URI callback = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(REDIRECT_URI);
        String code = query(callback).get("code");
        HttpResponse<String> exchanged = post(TestTokens.issuerUrl() + "/protocol/openid-connect/token",
                Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                        "client_id", "gateway", "client_secret", "gateway-secret", "code_verifier", verifier), null);
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        return new JsonObject(exchanged.body());
    }

    private static String authorizationUrl(String verifier) throws NoSuchAlgorithmException {
        StringBuilder url = new StringBuilder(TestTokens.issuerUrl()).append("/protocol/openid-connect/auth?client_id=gateway")
                .append("&response_type=code&scope=openid&state=").append(UUID.randomUUID())
                .append("&redirect_uri=").append(URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8));
        if (verifier != null) {
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            url.append("&code_challenge_method=S256&code_challenge=").append(challenge);
        }
        return url.toString();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form, String cookies)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(aud));
    }
}
