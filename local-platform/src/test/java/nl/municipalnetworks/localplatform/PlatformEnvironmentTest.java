package nl.municipalnetworks.localplatform;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The environment {@link Platform} gives each process: the servers' addresses and its own ports. */
class PlatformEnvironmentTest {

    private final Platform platform = new Platform(Path.of("repo"), Path.of("home"), Ports.LOCAL,
            Platform.KeycloakStore.MEMORY);
    private final Platform.Servers servers = new Platform.Servers("postgres", "secret", "127.0.0.1:19092",
            "http://127.0.0.1:8180/realms/municipal-networks", db -> "postgresql://127.0.0.1:15432/" + db,
            db -> "jdbc:postgresql://127.0.0.1:15432/" + db);

    private Platform.Service service(String name) {
        return platform.all().stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aServiceGetsItsDatabaseKafkaTheRealmAndItsPort() {
        assertEquals(Map.of("DB_USER", "postgres", "DB_PASSWORD", "secret",
                        "OIDC_ISSUER", "http://127.0.0.1:8180/realms/municipal-networks",
                        "DB_REACTIVE_URL", "postgresql://127.0.0.1:15432/finance",
                        "DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/finance",
                        "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092", "QUARKUS_HTTP_PORT", "8083"),
                platform.environment(service("finance-service"), servers));
    }

    @Test
    void theGatewayGetsItsDatabaseTheRealmItsPortsTheServicesAndItsSessionKeyButNoKafka() {
        Map<String, String> env = platform.environment(service("gateway"), servers);

        assertEquals(Map.ofEntries(Map.entry("DB_USER", "postgres"), Map.entry("DB_PASSWORD", "secret"),
                Map.entry("OIDC_ISSUER", "http://127.0.0.1:8180/realms/municipal-networks"),
                Map.entry("DB_REACTIVE_URL", "postgresql://127.0.0.1:15432/gateway"),
                Map.entry("DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/gateway"),
                Map.entry("GATEWAY_PORT", "8080"), Map.entry("GATEWAY_MANAGEMENT_PORT", "9080"),
                Map.entry("MEMBER_SERVICE_URL", "http://127.0.0.1:8081"),
                Map.entry("PILLAR_SERVICE_URL", "http://127.0.0.1:8082"),
                Map.entry("FINANCE_SERVICE_URL", "http://127.0.0.1:8083"),
                Map.entry("EVENTS_SERVICE_URL", "http://127.0.0.1:8084"),
                Map.entry("GATEWAY_CORS_ORIGINS", "http://127.0.0.1:8080,http://localhost:8080"),
                Map.entry("GATEWAY_SESSION_SECRET", "local-platform-session-key-not-for-production-use")), env);
    }
}
