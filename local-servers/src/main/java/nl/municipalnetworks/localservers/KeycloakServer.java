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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The real Keycloak distribution ({@code org.keycloak:keycloak-quarkus-dist}, downloaded by Maven when
 * local-servers is built) in its own process on 127.0.0.1, with the realm of
 * {@code deploy/keycloak/municipal-networks-realm.json} imported.
 *
 * <p>The archive is extracted once into {@code ~/.cache/municipal-networks/keycloak-VERSION}. {@link #start(int)}
 * uses the in-memory dev database, so several instances never share state and the realm is always fresh (tests);
 * {@link #startPersistent} keeps its data in a folder (the local platform).
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
        return start(port, logFile, timeout, null);
    }

    /**
     * A Keycloak whose data survives restarts: its store is an H2 database file ({@code --db=dev-file}) in
     * {@code dataDirectory}. The realm file is imported when the store is new; when the realm file changed since
     * it was last imported (its SHA-256 is recorded in {@code dataDirectory/realm.sha256}) the realm is replaced
     * by the file's version once Keycloak is up, which drops what the admin console changed in that realm.
     * Changes made in the console survive restarts otherwise.
     *
     * <p>Runs from its own installation ({@code keycloak-VERSION-dev-file} next to the one for tests): the
     * store kind is a build-time option of Keycloak, so sharing one installation with the in-memory instances of
     * the tests would make each of them rebuild Keycloak (~40 s) after the other.
     *
     * @param port          0 picks a free port
     * @param dataDirectory the store and the realm checksum; created when missing
     * @param logFile       where Keycloak's output goes (kept)
     */
    public static KeycloakServer startPersistent(int port, Path dataDirectory, Path logFile, Duration timeout)
            throws IOException {
        return start(port, logFile, timeout, Files.createDirectories(dataDirectory).toAbsolutePath());
    }

    private static KeycloakServer start(int port, Path logFile, Duration timeout, Path dataDirectory)
            throws IOException {
        long started = System.nanoTime();
        boolean persistent = dataDirectory != null;
        String installationName = "keycloak-" + version() + (persistent ? "-dev-file" : "");
        int httpPort = port == 0 ? Support.freePort() : port;
        boolean temporaryLog = logFile == null;
        Path log = temporaryLog ? Files.createTempFile("keycloak-" + httpPort + "-", ".log") : logFile;
        if (log.getParent() != null) {
            Files.createDirectories(log.getParent());
        }

        START_LOCK.lock();
        try (FileChannel lockChannel = FileChannel.open(cacheRoot().resolve(installationName + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            Path home = extractIfNeeded(installationName);
            byte[] realm = installRealm(home);
            if (!Support.isFree(httpPort)) {
                throw new IllegalStateException("Port " + httpPort + " is already in use");
            }
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort, "--http-host=" + Support.LOOPBACK, "--import-realm"));
            RealmState realmState = null;
            if (persistent) {
                Path store = dataDirectory.resolve("h2");
                realmState = new RealmState(dataDirectory.resolve("realm.sha256"), sha256(realm),
                        Files.exists(store.resolve("keycloakdb.mv.db")));
                command.add("--db=dev-file");
                command.add("--db-url=jdbc:h2:file:" + store.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
            } else {
                command.add("--db=dev-mem");
            }
            Support.log("keycloak: starting on http://127.0.0.1:%d (store: %s, log: %s)", httpPort,
                    persistent ? dataDirectory : "in memory", log);
            ProcessBuilder builder = new ProcessBuilder(command)
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
                if (realmState != null) {
                    server.bringRealmUpToDate(realmState, realm);
                }
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
            return extractIfNeeded("keycloak-" + version());
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
    private static Path extractIfNeeded(String installationName) throws IOException {
        String version = version();
        Path root = cacheRoot();
        Path home = root.resolve(installationName);
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        long started = System.nanoTime();
        Path archive = archive();
        Support.log("keycloak: extracting %s into %s", archive.getFileName(), home);
        // Leftovers of an extraction that was interrupted.
        Support.deleteRecursively(home);
        String scratchPrefix = "extracting-" + installationName + "-";
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith(scratchPrefix)).forEach(Support::deleteRecursively);
        }
        Path scratch = Files.createTempDirectory(root, scratchPrefix);
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

    /**
     * The realm file is rewritten only when it changed, so a running instance never sees half a file.
     * Returns its content.
     */
    private static byte[] installRealm(Path home) throws IOException {
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
            return realm;
        }
        Path temp = Files.createTempFile(home.resolve("data"), "realm-", ".json");
        Files.write(temp, realm);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return realm;
    }

    // ---- the realm of a persistent store ------------------------------------------------------

    /**
     * What a persistent store holds of the realm file: the checksum recorded at the last import, the checksum
     * of the file now, and whether the store existed before this start (a new one imports the file itself).
     */
    record RealmState(Path checksumFile, String fileChecksum, boolean storeExisted) {

        /** The realm in the store must be replaced by the file's: the file changed since its last import. */
        boolean needsReplace() throws IOException {
            return storeExisted && !fileChecksum.equals(recordedChecksum());
        }

        String recordedChecksum() throws IOException {
            return Files.exists(checksumFile) ? Files.readString(checksumFile, StandardCharsets.UTF_8).trim() : "";
        }

        void record() throws IOException {
            Path temp = Files.createTempFile(checksumFile.getParent(), "realm-", ".sha256");
            Files.writeString(temp, fileChecksum + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(temp, checksumFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * After start: a new store imported the file (--import-realm), an existing one skipped it. When the file
     * changed since its last import, replace the realm through the admin API (delete, then create from the
     * file), as the bootstrap admin of the master realm.
     */
    private void bringRealmUpToDate(RealmState state, byte[] realm) {
        try {
            if (state.needsReplace()) {
                long started = System.nanoTime();
                Support.log("keycloak: realm file changed since its last import: replacing realm %s "
                        + "(changes made in the admin console to that realm are dropped)", REALM);
                String token;
                try {
                    token = Tokens.passwordGrant(baseUrl() + "/realms/master", "admin-cli", ADMIN_USERNAME,
                            ADMIN_PASSWORD);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("The realm file changed, but the admin " + ADMIN_USERNAME
                            + "/" + ADMIN_PASSWORD + " of the master realm cannot log in to replace realm " + REALM
                            + " (was the password changed in the console?). Replace it by hand, or delete "
                            + state.checksumFile().getParent() + " to start Keycloak with an empty store.", e);
                }
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                int deleted = send(http, HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + REALM))
                        .header("Authorization", "Bearer " + token).DELETE());
                if (deleted != 204 && deleted != 404) {
                    throw new IllegalStateException("Deleting realm " + REALM + " answered " + deleted);
                }
                int created = send(http, HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(realm)));
                if (created != 201) {
                    throw new IllegalStateException("Creating realm " + REALM + " from the file answered " + created);
                }
                Support.log("keycloak: realm %s replaced by the realm file after %s", REALM, Support.seconds(started));
            }
            state.record();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int send(HttpClient http, HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
