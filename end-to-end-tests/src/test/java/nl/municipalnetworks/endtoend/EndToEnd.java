package nl.municipalnetworks.endtoend;

import io.restassured.RestAssured;
import nl.municipalnetworks.localplatform.Platform;
import nl.municipalnetworks.localplatform.Ports;
import nl.municipalnetworks.localservers.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The whole platform as {@code ./platform up} starts it (the services' built jars, the seed data, the gateway last),
 * on free ports in {@code target/platform}: started once per test JVM by the first test that asks, stopped when the
 * JVM exits. Fresh each run, so that no test sees another run's leftovers.
 */
final class EndToEnd {

    private static EndToEnd started;

    private final Platform platform;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private EndToEnd(Platform platform) {
        this.platform = platform;
    }

    static synchronized EndToEnd platform() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    private static EndToEnd start() {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("platform.home", "target/platform")).toAbsolutePath();
        deleteRecursively(home);
        // Stopped by local-servers' shutdown hook, before the servers it uses (Platform registers itself there).
        Platform platform = new Platform(root, home, Ports.free(), Platform.KeycloakStore.MEMORY);
        try {
            platform.start();
        } catch (IOException | RuntimeException e) {
            platform.close();
            throw new IllegalStateException("the platform did not start; logs in " + home.resolve("logs"), e);
        }
        return new EndToEnd(platform);
    }

    /** {@code http://127.0.0.1:<port>}; the APIs are under {@code /api/v1/{members|pillars|finance|events}/}. */
    String gatewayUrl() {
        return platform.gatewayUrl();
    }

    /** A service's own address, e.g. {@code member-service}; its API is under {@code /v1/}. */
    String serviceUrl(String service) {
        return platform.serviceUrl(service);
    }

    /** The log of a service or of the gateway, by module name. */
    Path logFile(String service) {
        return platform.logFile(service);
    }

    String issuerUrl() {
        return platform.issuerUrl();
    }

    /** A test user's access token through the public client web-portal (each password equals the user name). */
    String userToken(String username) {
        return tokens.computeIfAbsent("user:" + username,
                key -> Tokens.passwordGrant(issuerUrl(), "web-portal", username, username));
    }

    /** A machine client's token (client credentials), e.g. vng-network-client. */
    String clientToken(String clientId, String secret) {
        return tokens.computeIfAbsent("client:" + clientId,
                key -> Tokens.clientCredentials(issuerUrl(), clientId, secret));
    }

    /**
     * Issues M50's invoices for the year through the gateway as its treasurer (the seed has none). Idempotent: a run
     * that finds everything invoiced issues nothing new (200 instead of 201).
     */
    void issueM50Invoices(int year) {
        int status = RestAssured.given().auth().oauth2(userToken("m50-treasurer"))
                .contentType("application/json").body("{\"year\": " + year + "}")
                .post(gatewayUrl() + "/api/v1/finance/networks/M50/contribution-runs").statusCode();
        if (status != 200 && status != 201) {
            throw new IllegalStateException("the contribution run for " + year + " answered " + status);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
