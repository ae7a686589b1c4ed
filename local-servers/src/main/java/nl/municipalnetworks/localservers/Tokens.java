package nl.municipalnetworks.localservers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets access tokens from Keycloak's token endpoint (for tests and the local launcher). */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {
    }

    /** Resource owner password grant; needs a client with direct access grants (web-portal). */
    public static String passwordGrant(String issuerUrl, String clientId, String username, String password) {
        return token(issuerUrl, passwordForm(clientId, username, password), "access_token");
    }

    /**
     * The ID token of the same grant: proof of a login for the client, not a key to the services (tests
     * use it to show that services refuse it).
     */
    public static String idToken(String issuerUrl, String clientId, String username, String password) {
        return token(issuerUrl, passwordForm(clientId, username, password), "id_token");
    }

    private static Map<String, String> passwordForm(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return form;
    }

    /** Client credentials grant for a confidential client with a service account. */
    public static String clientCredentials(String issuerUrl, String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return token(issuerUrl, form, "access_token");
    }

    /** The claims of a JWT, decoded without checking the signature (for assertions and logging only). */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new IllegalArgumentException("JWT payload is not JSON", e);
        }
    }

    private static String token(String issuerUrl, Map<String, String> form, String field) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for client " + form.get("client_id") + " failed with "
                        + response.statusCode() + ": " + response.body());
            }
            JsonNode token = JSON.readTree(response.body()).get(field);
            if (token == null) {
                throw new IllegalStateException("No " + field + " in " + response.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new IllegalStateException("Token request to " + issuerUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
