package nl.municipalnetworks.gateway.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.gateway.SelfSignedTokens;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Which tokens get through the gateway, and what the service gets: the caller's token unchanged, never a cookie. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class TokenApiTest {

    private static final String SOME_SERVICE_PATH = "/api/v1/members/memberships";

    @Test
    void aValidBearerTokenIsRelayedUnchangedAndTheCookieNeverReachesTheService() {
        String token = TestTokens.forUser("m50-secretariat");
        JsonPath echo = given().auth().oauth2(token)
                .header("Cookie", "q_session=browser-session; other=1")
                .get(SOME_SERVICE_PATH).then().statusCode(200).extract().jsonPath();
        assertThat(echo.getList("headers.authorization", String.class)).containsExactly("Bearer " + token);
        assertThat(echo.getMap("headers")).doesNotContainKey("cookie");
    }

    @Test
    void anonymousCallersAreForwardedWithoutAnyAuthorization() {
        JsonPath echo = given().header("Cookie", "q_session=x").get("/api/v1/events/networks/M50/calendar.ics-feed")
                .then().statusCode(200).extract().jsonPath();
        assertThat(echo.getMap("headers")).doesNotContainKey("authorization").doesNotContainKey("cookie");
        // A scheme the gateway does not check is not passed on either.
        JsonPath basic = given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes()))
                .get("/api/v1/members/networks/M50/members").then().statusCode(200).extract().jsonPath();
        assertThat(basic.getMap("headers")).doesNotContainKey("authorization");
    }

    @Test
    void aTokenSignedByTheRealmWithGoodClaimsGetsThrough() {
        // The control for the self-signed bad tokens below: the key and the claims are fine, so only the changed
        // claim can be why those are refused.
        String token = SelfSignedTokens.sign(claimsOfARealToken(Map.of()));
        JsonPath echo = given().auth().oauth2(token).get(SOME_SERVICE_PATH).then().statusCode(200).extract().jsonPath();
        assertThat(echo.getList("headers.authorization", String.class)).containsExactly("Bearer " + token);
    }

    @Test
    void anExpiredTokenIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        refused(SelfSignedTokens.sign(claimsOfARealToken(Map.of("iat", now - 1200, "exp", now - 600))));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String otherRealm = TestTokens.issuerUrl().replace("/realms/municipal-networks", "/realms/other-network");
        refused(SelfSignedTokens.sign(claimsOfARealToken(Map.of("iss", otherRealm))));
    }

    @Test
    void aTokenMeantForAnotherAudienceIsRefused() {
        String otherClient = TestTokens.forClient("audience-probe-client", "audience-probe-client-secret");
        assertThat(String.valueOf(TestTokens.claims(otherClient).get("aud"))).doesNotContain("gateway");
        refused(otherClient);
        refused(SelfSignedTokens.sign(claimsOfARealToken(Map.of("aud", List.of("member-service")))));
    }

    @Test
    void anIdTokenIsRefused() {
        String idToken = TestTokens.idTokenForUser("m50-secretariat");
        assertThat(TestTokens.claims(idToken)).containsEntry("typ", "ID");
        refused(idToken);
        // Even one that names the gateway as its audience.
        refused(SelfSignedTokens.sign(claimsOfARealToken(Map.of("typ", "ID"))));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = TestTokens.forUser("g40-secretariat").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"network\":\"G40\"");
        String tampered = parts[0] + "." + base64Url(payload.replace("\"network\":\"G40\"", "\"network\":\"M50\""))
                + "." + parts[2];
        refused(tampered);
        // A signature of another token.
        String other = TestTokens.forUser("m50-board").split("\\.")[2];
        refused(parts[0] + "." + parts[1] + "." + other);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = TestTokens.forUser("m50-secretariat").split("\\.");
        String none = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        refused(none + "." + parts[1] + ".");
        refused(none + "." + parts[1]);
        String noneWithKid = base64Url("{\"alg\":\"none\"," + new String(Base64.getUrlDecoder().decode(parts[0]),
                StandardCharsets.UTF_8).substring(1));
        refused(noneWithKid + "." + parts[1] + ".");
    }

    @Test
    void garbageIsRefused() {
        refused("not-a-token");
        refused("a.b.c");
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get(SOME_SERVICE_PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body(org.hamcrest.Matchers.not(containsString("\"backend\"")))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    /** The claims of a real access token of m50-secretariat (audiences, typ Bearer, azp web-portal), some replaced. */
    private static Map<String, Object> claimsOfARealToken(Map<String, Object> replaced) {
        Map<String, Object> claims = new HashMap<>(TestTokens.claims(TestTokens.forUser("m50-secretariat")));
        long now = System.currentTimeMillis() / 1000;
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("jti", java.util.UUID.randomUUID().toString());
        claims.putAll(replaced);
        return claims;
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
