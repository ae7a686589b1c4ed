package nl.municipalnetworks.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Swagger UI does when one logs in, step by step over HTTP: the authorization code flow with PKCE against the
 * realm's login page, the redirect to Swagger UI's {@code oauth2-redirect.html}, and the code exchange that the browser
 * makes from the gateway's origin (CORS).
 */
final class SwaggerUiLogin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private SwaggerUiLogin() {
    }

    /** Logs in as {@code username} (password = username) and returns the access token. */
    static String logIn(String issuer, String clientId, String redirectUri, String pageOrigin, String username)
            throws Exception {
        // No cookie manager: Keycloak marks its cookies Secure also on http://127.0.0.1 (browsers keep those for
        // loopback addresses; java.net.CookieManager does not), so they are passed on by hand.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = UUID.randomUUID().toString();

        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", clientId);
        authorize.put("redirect_uri", redirectUri);
        authorize.put("scope", "openid");
        authorize.put("state", state);
        authorize.put("code_challenge", challenge);
        authorize.put("code_challenge_method", "S256");
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(
                URI.create(issuer + "/protocol/openid-connect/auth?" + form(authorize))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).as("the realm's login page for redirect URI " + redirectUri + ": " + loginPage.body())
                .isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("a login form").isTrue();

        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", loginPage.headers().allValues("Set-Cookie").stream()
                        .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).collect(Collectors.joining("; ")))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", username))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).as("after the login form: " + loggedIn.body()).isEqualTo(302);
        URI back = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(back.getScheme() + "://" + back.getRawAuthority() + back.getRawPath()).isEqualTo(redirectUri);
        Map<String, String> answer = query(back.getRawQuery());
        assertThat(answer.get("state")).isEqualTo(state);

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("client_id", clientId);
        exchange.put("code", answer.get("code"));
        exchange.put("redirect_uri", redirectUri);
        exchange.put("code_verifier", verifier);
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", pageOrigin)
                .POST(HttpRequest.BodyPublishers.ofString(form(exchange))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Access-Control-Allow-Origin"))
                .as("the realm lets Swagger UI's page read the token answer").contains(pageOrigin);
        JsonNode body = JSON.readTree(tokens.body());
        return body.get("access_token").asText();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
