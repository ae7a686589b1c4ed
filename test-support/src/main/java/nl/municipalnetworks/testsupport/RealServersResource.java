package nl.municipalnetworks.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.municipalnetworks.localservers.PostgresServer;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a @QuarkusTest application at real servers: PostgreSQL, Kafka and Keycloak (no Docker needed).
 * The servers are shared by all tests of the JVM (see {@link RealServers}); {@link #stop()} leaves them
 * running for the next test class, they stop when the JVM exits.
 *
 * <p>Init arg {@code database} (optional): the database to create and point the datasource at.
 * <pre>
 * &#64;QuarkusTestResource(value = RealServersResource.class,
 *         initArgs = &#64;ResourceArg(name = RealServersResource.DATABASE, value = "member"))
 * </pre>
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
    }

    @Override
    public Map<String, String> start() {
        RealServers.ensureStarted();
        Map<String, String> config = new HashMap<>();
        if (database != null && !database.isBlank()) {
            RealServers.createDatabaseIfMissing(database);
            config.put("quarkus.datasource.reactive.url", RealServers.reactiveUrl(database));
            config.put("quarkus.datasource.jdbc.url", RealServers.jdbcUrl(database));
            config.put("quarkus.datasource.username", PostgresServer.USERNAME);
            config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        }
        config.put("kafka.bootstrap.servers", RealServers.kafkaBootstrapServers());
        config.put("quarkus.oidc.auth-server-url", RealServers.keycloakIssuer());
        config.put("test.keycloak.url", RealServers.keycloakIssuer());
        return config;
    }

    @Override
    public void stop() {
        // Servers are shared across test classes and Quarkus restarts; they stop at JVM exit.
    }
}
