package nl.municipalnetworks.testsupport;

import nl.municipalnetworks.localservers.KafkaBroker;
import nl.municipalnetworks.localservers.KeycloakServer;
import nl.municipalnetworks.localservers.PostgresServer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One PostgreSQL, one Kafka broker and one Keycloak per test JVM, started on first use and stopped when the
 * JVM exits.
 *
 * <p>Quarkus may load this class more than once (one class loader per application it starts for a test
 * profile or test resource set), so "started" is recorded in system properties (plain strings, visible to
 * every class loader) and start-up is guarded by a string literal, which is one object JVM-wide.
 * Only the copy of the class that started the servers holds them; every copy reads the endpoints.
 */
public final class RealServers {

    static final String POSTGRES_PORT = "municipal-networks.test.postgres-port";
    static final String KAFKA_BOOTSTRAP_SERVERS = "municipal-networks.test.kafka-bootstrap-servers";
    static final String KEYCLOAK_ISSUER = "municipal-networks.test.keycloak-issuer";

    // A string literal is interned: the same monitor for every class loader that loads this class.
    private static final Object JVM_WIDE_LOCK = "nl.municipalnetworks.testsupport.RealServers.lock";

    // Held only so that they are not collected; local-servers stops them at JVM exit.
    private static final List<AutoCloseable> OWNED = new ArrayList<>();

    private RealServers() {
    }

    /** Starts the three servers in parallel unless this JVM already has them. */
    public static void ensureStarted() {
        synchronized (JVM_WIDE_LOCK) {
            if (System.getProperty(KEYCLOAK_ISSUER) != null) {
                return;
            }
            long started = System.nanoTime();
            ExecutorService starter = Executors.newFixedThreadPool(3, runnable -> {
                Thread thread = new Thread(runnable, "real-servers-start");
                thread.setDaemon(true);
                return thread;
            });
            Future<PostgresServer> postgres = starter.submit(PostgresServer::startTemporary);
            Future<KafkaBroker> kafka = starter.submit((Callable<KafkaBroker>) KafkaBroker::start);
            Future<KeycloakServer> keycloak = starter.submit(() -> KeycloakServer.start(0));
            starter.shutdown();
            try {
                PostgresServer pg = postgres.get();
                OWNED.add(pg);
                KafkaBroker broker = kafka.get();
                OWNED.add(broker);
                broker.createDeclaredTopics();
                KeycloakServer kc = keycloak.get();
                OWNED.add(kc);
                System.setProperty(POSTGRES_PORT, Integer.toString(pg.port()));
                System.setProperty(KAFKA_BOOTSTRAP_SERVERS, broker.bootstrapServers());
                System.setProperty(KEYCLOAK_ISSUER, kc.issuerUrl());
            } catch (InterruptedException | ExecutionException e) {
                closeQuietly(postgres);
                closeQuietly(kafka);
                closeQuietly(keycloak);
                OWNED.clear();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("Starting the real servers failed", e instanceof ExecutionException ? e.getCause() : e);
            }
            System.err.printf("[test-support] PostgreSQL, Kafka and Keycloak ready after %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
    }

    public static int postgresPort() {
        return Integer.parseInt(required(POSTGRES_PORT));
    }

    public static String jdbcUrl(String database) {
        return PostgresServer.jdbcUrl(postgresPort(), database);
    }

    /** postgresql://127.0.0.1:PORT/database, for quarkus.datasource.reactive.url */
    public static String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + postgresPort() + "/" + database;
    }

    public static void createDatabaseIfMissing(String database) {
        PostgresServer.createDatabaseIfMissing(postgresPort(), database);
    }

    public static String kafkaBootstrapServers() {
        return required(KAFKA_BOOTSTRAP_SERVERS);
    }

    /**
     * A topic for one test (the declared topics exist already; brokers create none on their own).
     * Creating one that exists changes nothing.
     */
    public static void createTopic(String name, int partitions) {
        KafkaBroker.createTopicsAt(kafkaBootstrapServers(), partitions, name);
    }

    /** http://127.0.0.1:PORT/realms/municipal-networks */
    public static String keycloakIssuer() {
        return required(KEYCLOAK_ISSUER);
    }

    private static String required(String key) {
        ensureStarted();
        return System.getProperty(key);
    }

    private static void closeQuietly(Future<? extends AutoCloseable> future) {
        try {
            if (future.isDone() && !future.isCancelled()) {
                future.get().close();
            } else {
                future.cancel(true);
            }
        } catch (Exception ignored) {
            // start-up failed already; nothing to close
        }
    }
}
