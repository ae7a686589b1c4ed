package nl.municipalnetworks.localservers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL (zonky's embedded binaries, no Docker) on 127.0.0.1.
 * Superuser {@code postgres}; authentication is "trust", so any password works ({@link #PASSWORD} is given
 * to clients that insist on one).
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.dataDirectory = dataDirectory;
    }

    /**
     * How much a server may lose in a crash of the machine. The settings are passed on the command line at every
     * start ({@code -c name=value}), which outranks postgresql.conf and ALTER SYSTEM, so a data directory never
     * keeps the settings of an earlier start.
     */
    public enum Durability {
        /**
         * PostgreSQL's own defaults: every acknowledged commit is flushed to disk (fsync, synchronous_commit,
         * full_page_writes on). For data that is kept: the local platform.
         */
        DURABLE(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),
        /**
         * Nothing waits for the disk (fsync, synchronous_commit, full_page_writes off): a crash of the machine
         * can lose or corrupt data. Only for throw-away data: tests.
         */
        FAST(Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));

        private final Map<String, String> settings;

        Durability(Map<String, String> settings) {
            this.settings = settings;
        }

        /** The server settings (name to value) this level stands for. */
        public Map<String, String> settings() {
            return settings;
        }
    }

    /** Port 0 picks a free port; data in a temporary directory that is deleted on close; {@link Durability#FAST}. */
    public static PostgresServer startTemporary() throws IOException {
        return start(0, null, Durability.FAST);
    }

    /**
     * A server whose acknowledged writes survive a crash of the machine ({@link Durability#DURABLE}).
     *
     * @param port          0 picks a free port
     * @param dataDirectory kept across restarts when given (initdb only when it is new); null = temporary
     */
    public static PostgresServer start(int port, Path dataDirectory) throws IOException {
        return start(port, dataDirectory, Durability.DURABLE);
    }

    /**
     * @param port          0 picks a free port
     * @param dataDirectory kept across restarts when given (initdb only when it is new); null = temporary
     * @param durability    what a crash may cost; zonky's own default (synchronous_commit off) is always replaced
     */
    public static PostgresServer start(int port, Path dataDirectory, Durability durability) throws IOException {
        long started = System.nanoTime();
        int actualPort = port == 0 ? Support.freePort() : port;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(actualPort)
                .setServerConfig("listen_addresses", Support.LOOPBACK)
                // First start unpacks binaries and runs initdb; 10 s (zonky's default) is tight on 2 cores.
                .setPGStartupWait(Duration.ofSeconds(60));
        durability.settings().forEach(builder::setServerConfig);
        Path data;
        if (dataDirectory != null) {
            data = Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(data);
            builder.setDataDirectory(data).setCleanDataDirectory(false);
        } else {
            // Inside zonky's working directory: zonky itself removes such folders (and stops their
            // postmaster) when a JVM died without cleaning up, the next time any instance starts.
            Path zonkyWorkingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
            data = Files.createDirectories(zonkyWorkingDirectory).resolve("data-" + UUID.randomUUID());
            builder.setDataDirectory(data).setCleanDataDirectory(true);
        }
        Support.log("postgres: starting on port %d (data: %s, %s)", actualPort,
                dataDirectory == null ? "temporary" : dataDirectory, durability.name().toLowerCase(java.util.Locale.ROOT));
        PostgresServer server = new PostgresServer(builder.start(), dataDirectory);
        ShutdownRegistry.register(server);
        postmasterPid(data).ifPresent(pid -> Support.stopWhenThisJvmDies(pid, "INT"));
        Support.log("postgres: ready on port %d after %s", actualPort, Support.seconds(started));
        return server;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** Null when the data is temporary. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    /** Form that Quarkus' reactive PostgreSQL client accepts in quarkus.datasource.reactive.url. */
    public String reactiveUrl(String database) {
        return "postgresql://" + Support.LOOPBACK + ":" + port + "/" + database;
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://" + Support.LOOPBACK + ":" + port + "/" + database;
    }

    public void createDatabaseIfMissing(String name) {
        createDatabaseIfMissing(port, name);
    }

    /** Static form for callers that only know the port (e.g. another class loader started the server). */
    public static void createDatabaseIfMissing(int port, String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name must match " + DATABASE_NAME + ": " + name);
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", USERNAME);
        credentials.setProperty("password", PASSWORD);
        // The driver directly, not DriverManager: DriverManager refuses drivers from other class loaders.
        try (Connection connection = new org.postgresql.Driver().connect(jdbcUrl(port, "postgres"), credentials)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + name);
                Support.log("postgres: created database %s", name);
            } catch (SQLException e) {
                // 42P04 duplicate_database: created concurrently by someone else, which is fine.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on port " + port, e);
        }
    }

    @Override
    public void close() {
        ShutdownRegistry.unregister(this);
        long started = System.nanoTime();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Support.log("postgres: stopped port %d after %s", port, Support.seconds(started));
    }

    @Override
    public String toString() {
        return "PostgresServer[port=" + port + "]";
    }

    private static Optional<Long> postmasterPid(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .map(String::trim)
                .filter(line -> line.matches("\\d+"))
                .map(Long::parseLong);
    }

    /**
     * A postmaster left running by a JVM that was killed keeps the data directory locked;
     * stop it (SIGINT = PostgreSQL's fast shutdown) before starting again.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = postmasterPid(dataDirectory)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        // zonky holds a file lock on epg-lock while its JVM lives: if it is taken, the server is not orphaned.
        try (var channel = java.nio.channels.FileChannel.open(dataDirectory.resolve("epg-lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                        + " is in use by another running process");
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException("PostgreSQL data directory " + dataDirectory + " is in use by this JVM", e);
        }
        long pid = postmaster.get().pid();
        Support.log("postgres: stopping orphaned postmaster %d of %s", pid, dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }
}
