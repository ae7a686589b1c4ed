package nl.municipalnetworks.localservers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The real Keycloak distribution ({@code org.keycloak:keycloak-quarkus-dist}, downloaded by Maven when
 * local-servers is built) in its own process on 127.0.0.1, with the realm of
 * {@code deploy/keycloak/municipal-networks-realm.json} imported at every start.
 *
 * <p>The archive is extracted once into {@code ~/.cache/municipal-networks/keycloak-VERSION}. Every instance
 * uses the in-memory dev database, so several instances never share state and the realm is always fresh.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "municipal-networks";
    /** Classpath location of the realm file (copied there from deploy/keycloak by the build). */
    public static final String REALM_RESOURCE = "/keycloak/municipal-networks-realm.json";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /** First start on a machine includes Keycloak's own build (~40 s on 2 cores). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);

    /** Overrides the cache folder (default ~/.cache/municipal-networks). */
    public static final String CACHE_DIR_PROPERTY = "municipal-networks.cache-dir";
    /** Overrides the path of the keycloak-quarkus-dist tar.gz. */
    public static final String ARCHIVE_PROPERTY = "keycloak.dist.archive";

    private static final String MARKER = ".extracted";
    // Serialises extraction and start-up (Keycloak's first start rewrites files in its installation).
    private static final ReentrantLock START_LOCK = new ReentrantLock();

    private final Process process;
    private final int port;
    private final Path logFile;
    private final boolean deleteLogOnClose;

    private KeycloakServer(Process process, int port, Path logFile, boolean deleteLogOnClose) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.deleteLogOnClose = deleteLogOnClose;
    }

    /** Port 0 picks a free port; the log goes to a temporary file that is deleted on close. */
    public static KeycloakServer start(int port) throws IOException {
        return start(port, null, DEFAULT_TIMEOUT);
    }

    /**
     * @param port    0 picks a free port
     * @param logFile where Keycloak's output goes (kept); null = temporary file, deleted on close
     */
    public static KeycloakServer start(int port, Path logFile, Duration timeout) throws IOException {
        long started = System.nanoTime();
        int httpPort = port == 0 ? Support.freePort() : port;
        boolean temporaryLog = logFile == null;
        Path log = temporaryLog ? Files.createTempFile("keycloak-" + httpPort + "-", ".log") : logFile;
        if (log.getParent() != null) {
            Files.createDirectories(log.getParent());
        }

        START_LOCK.lock();
        try (FileChannel lockChannel = FileChannel.open(cacheRoot().resolve("keycloak-" + version() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            Path home = extractIfNeeded();
            installRealm(home);
            if (!Support.isFree(httpPort)) {
                throw new IllegalStateException("Port " + httpPort + " is already in use");
            }
            Support.log("keycloak: starting on http://127.0.0.1:%d (log: %s)", httpPort, log);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-host=" + Support.LOOPBACK,
                    "--import-realm", "--db=dev-mem")
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            // Settings of the caller's shell must not change how our Keycloak runs.
            env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            Process process = builder.start();
            Support.stopWhenThisJvmDies(process.pid(), "TERM");
            KeycloakServer server = new KeycloakServer(process, httpPort, log, temporaryLog);
            ShutdownRegistry.register(server);
            try {
                server.awaitReady(timeout);
            } catch (RuntimeException e) {
                server.close(false);
                throw e;
            }
            Support.log("keycloak: ready at %s after %s", server.issuerUrl(), Support.seconds(started));
            return server;
        } finally {
            START_LOCK.unlock();
        }
    }

    public int port() {
        return port;
    }

    /** http://127.0.0.1:PORT */
    public String baseUrl() {
        return "http://" + Support.LOOPBACK + ":" + port;
    }

    /** http://127.0.0.1:PORT/realms/municipal-networks: the OIDC issuer and quarkus.oidc.auth-server-url. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        close(deleteLogOnClose);
    }

    private void close(boolean deleteLog) {
        ShutdownRegistry.unregister(this);
        if (process.isAlive()) {
            long started = System.nanoTime();
            // kc.sh execs java, but stop the whole tree in case a wrapper or child process remains.
            Support.stopProcessTree(process, Duration.ofSeconds(30));
            Support.log("keycloak: stopped port %d after %s", port, Support.seconds(started));
        }
        if (deleteLog) {
            try {
                Files.deleteIfExists(logFile);
            } catch (IOException e) {
                Support.log("keycloak: could not delete %s", logFile);
            }
        }
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + baseUrl() + "]";
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long started = System.nanoTime();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + ":\n"
                        + Support.tail(logFile, 60));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak not ready on port " + port + " after "
                        + timeout.toSeconds() + " s:\n" + Support.tail(logFile, 60));
            }
            if (System.nanoTime() > nextProgress) {
                Support.log("keycloak: still starting (%s)", Support.seconds(started));
                nextProgress = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- installation -------------------------------------------------------------------------

    public static String version() {
        return buildInfo().getProperty("keycloak.version");
    }

    /** The extracted distribution, extracting it first when needed. */
    public static Path installation() throws IOException {
        START_LOCK.lock();
        try (FileChannel lockChannel = FileChannel.open(cacheRoot().resolve("keycloak-" + version() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            return extractIfNeeded();
        } finally {
            START_LOCK.unlock();
        }
    }

    static Path cacheRoot() throws IOException {
        String configured = System.getProperty(CACHE_DIR_PROPERTY, System.getenv("MUNICIPAL_NETWORKS_CACHE_DIR"));
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "municipal-networks");
        return Files.createDirectories(root);
    }

    /** Call with the start lock held. */
    private static Path extractIfNeeded() throws IOException {
        String version = version();
        Path root = cacheRoot();
        Path home = root.resolve("keycloak-" + version);
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        long started = System.nanoTime();
        Path archive = archive();
        Support.log("keycloak: extracting %s into %s", archive.getFileName(), home);
        // Leftovers of an extraction that was interrupted.
        Support.deleteRecursively(home);
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith("extracting-")).forEach(Support::deleteRecursively);
        }
        Path scratch = Files.createTempDirectory(root, "extracting-");
        run(List.of("tar", "-xzf", archive.toString(), "-C", scratch.toString()), Duration.ofMinutes(5));
        Path extracted = scratch.resolve("keycloak-" + version);
        if (!Files.isDirectory(extracted)) {
            throw new IllegalStateException("Archive " + archive + " has no folder keycloak-" + version);
        }
        Files.move(extracted, home, StandardCopyOption.ATOMIC_MOVE);
        Support.deleteRecursively(scratch);
        Files.writeString(home.resolve(MARKER), version + System.lineSeparator());
        Support.log("keycloak: extracted after %s", Support.seconds(started));
        return home;
    }

    private static Path archive() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty(ARCHIVE_PROPERTY);
        if (configured != null) {
            candidates.add(configured);
        }
        String fromBuild = buildInfo().getProperty("keycloak.dist.archive");
        if (fromBuild != null && !fromBuild.startsWith("${")) {
            candidates.add(fromBuild);
        }
        String version = version();
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", version, "keycloak-quarkus-dist-" + version + ".tar.gz").toString());
        for (String candidate : candidates) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Keycloak distribution not found; looked at " + candidates
                + ". Build local-servers with Maven (it downloads org.keycloak:keycloak-quarkus-dist:" + version
                + ":tar.gz) or set -D" + ARCHIVE_PROPERTY + "=...");
    }

    /** The realm file is rewritten only when it changed, so a running instance never sees half a file. */
    private static void installRealm(Path home) throws IOException {
        byte[] realm;
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Realm file " + REALM_RESOURCE + " is not on the classpath");
            }
            realm = in.readAllBytes();
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Path target = importDir.resolve(REALM + "-realm.json");
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), realm)) {
            return;
        }
        Path temp = Files.createTempFile(home.resolve("data"), "realm-", ".json");
        Files.write(temp, realm);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/local-servers.properties")) {
            if (in == null) {
                throw new IllegalStateException("local-servers.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void run(List<String> command, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Command failed: " + command + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }
}
