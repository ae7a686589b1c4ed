package nl.municipalnetworks.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.municipalnetworks.localservers.KeycloakServer;
import nl.municipalnetworks.localservers.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * What a realm administrator does in the test Keycloak ({@link RealServers}), through Keycloak's admin REST API as the
 * master realm's admin: change a client of the realm, end a user's sessions. The test Keycloak is the test JVM's own
 * (in-memory, the realm fresh from the realm file), so changes last until the JVM ends and reach no other run.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin() {
    }

    /** Sets these attributes of the realm's client {@code clientId} (e.g. {@code backchannel.logout.url}); others stay. */
    public static void setClientAttributes(String clientId, Map<String, String> attributes) {
        String token = adminToken();
        JsonNode found = json(send(get(realmUrl() + "/clients?clientId=" + encode(clientId), token), 200));
        if (found.size() != 1) {
            throw new IllegalStateException("No client " + clientId + " in realm " + KeycloakServer.REALM);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        ObjectNode current = client.get("attributes") instanceof ObjectNode existing ? existing
                : client.putObject("attributes");
        attributes.forEach(current::put);
        send(HttpRequest.newBuilder(URI.create(realmUrl() + "/clients/" + client.get("id").asText()))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())), 204);
    }

    /**
     * Ends every Keycloak session of {@code username}, as "Sign out" on the user's page of the admin console does:
     * Keycloak sends a logout token to the back-channel logout URL of each client the sessions used.
     */
    public static void logOutUser(String username) {
        String token = adminToken();
        JsonNode found = json(send(get(realmUrl() + "/users?exact=true&username=" + encode(username), token), 200));
        if (found.size() != 1) {
            throw new IllegalStateException("No user " + username + " in realm " + KeycloakServer.REALM);
        }
        send(HttpRequest.newBuilder(URI.create(realmUrl() + "/users/" + found.get(0).get("id").asText() + "/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), 204);
    }

    private static String adminToken() {
        String issuer = RealServers.keycloakIssuer();
        return Tokens.passwordGrant(issuer.substring(0, issuer.indexOf("/realms/")) + "/realms/master", "admin-cli",
                KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
    }

    /** http://127.0.0.1:PORT/admin/realms/municipal-networks */
    private static String realmUrl() {
        String issuer = RealServers.keycloakIssuer();
        return issuer.substring(0, issuer.indexOf("/realms/")) + "/admin/realms/" + KeycloakServer.REALM;
    }

    private static HttpRequest.Builder get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET();
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Keycloak's admin API", e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak's admin API answered no JSON: " + body, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
