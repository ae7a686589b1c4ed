package nl.municipalnetworks.localservers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak of the local platform: what is added in the admin console survives a restart, and a realm file that
 * changed since its last import replaces the realm on the next start.
 */
class KeycloakPersistenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void keepsConsoleChangesAcrossRestartsUntilTheRealmFileChanges(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("keycloak");
        Path log = folder.resolve("keycloak.log");
        Path checksum = data.resolve("realm.sha256");
        String fileChecksum = KeycloakServer.sha256(realmFile());

        try (KeycloakServer first = KeycloakServer.startPersistent(0, data, log, KeycloakServer.DEFAULT_TIMEOUT)) {
            assertThat(Files.readString(checksum).trim()).as("checksum of the imported file").isEqualTo(fileChecksum);
            assertThat(addUser(first, "added-in-console")).isEqualTo(201);
            assertThat(userExists(first, "added-in-console")).isTrue();
        }

        try (KeycloakServer second = KeycloakServer.startPersistent(0, data, log, KeycloakServer.DEFAULT_TIMEOUT)) {
            assertThat(userExists(second, "added-in-console")).as("kept across a restart").isTrue();
            assertThat(Tokens.passwordGrant(second.issuerUrl(), "web-portal", "m50-secretariat", "m50-secretariat"))
                    .isNotBlank();
        }

        // As if deploy/keycloak/municipal-networks-realm.json had been edited since the last import.
        Files.writeString(checksum, "checksum-of-an-older-realm-file\n", StandardCharsets.UTF_8);
        try (KeycloakServer third = KeycloakServer.startPersistent(0, data, log, KeycloakServer.DEFAULT_TIMEOUT)) {
            assertThat(userExists(third, "added-in-console")).as("replaced by the realm file").isFalse();
            assertThat(Tokens.passwordGrant(third.issuerUrl(), "web-portal", "m50-secretariat", "m50-secretariat"))
                    .isNotBlank();
            assertThat(Files.readString(checksum).trim()).isEqualTo(fileChecksum);
        }
    }

    private static byte[] realmFile() throws Exception {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static String adminToken(KeycloakServer keycloak) {
        return Tokens.passwordGrant(keycloak.baseUrl() + "/realms/master", "admin-cli",
                KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
    }

    private static int addUser(KeycloakServer keycloak, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users"))
                .header("Authorization", "Bearer " + adminToken(keycloak))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"enabled\":true}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean userExists(KeycloakServer keycloak, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/"
                        + KeycloakServer.REALM + "/users?exact=true&username=" + username))
                .header("Authorization", "Bearer " + adminToken(keycloak))
                .GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode users = JSON.readTree(response.body());
        return users.size() == 1 && username.equals(users.get(0).path("username").asText());
    }
}
