package nl.municipalnetworks.localplatform;

import nl.municipalnetworks.localservers.KafkaProcess;
import nl.municipalnetworks.localservers.KeycloakServer;
import nl.municipalnetworks.localservers.PostgresServer;
import nl.municipalnetworks.localservers.Tokens;
import sun.misc.Signal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./platform up}: PostgreSQL, Kafka, Keycloak and the services on 127.0.0.1 with persistent data under
 * {@code .platform/}, seed data loaded, then in the foreground until SIGINT/SIGTERM stops everything.
 *
 * <p>The repository root comes from the system property {@code platform.root} (set by the {@code platform}
 * script), else the working directory.
 */
public final class LocalPlatform {

    static final String HOST = "127.0.0.1";
    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    /** KafkaProcess puts its KRaft controller on the client port + 1. */
    static final int KAFKA_CONTROLLER_PORT = KAFKA_PORT + 1;
    static final int KEYCLOAK_PORT = 8180;
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);

    /**
     * A service of this repository: its module folder is its name; it owns one database. Health answers on
     * {@code managementPort} (the services: their API port; the gateway keeps it off its public port).
     */
    record Service(String name, int port, String database, int managementPort) {
        Service(String name, int port, String database) {
            this(name, port, database, port);
        }

        String url() {
            return "http://" + HOST + ":" + port;
        }

        URI readyUrl() {
            return URI.create("http://" + HOST + ":" + managementPort + "/q/health/ready");
        }

        Path jar(Path root) {
            return root.resolve(name + "/target/quarkus-app/quarkus-run.jar");
        }
    }

    static final Service MEMBER_SERVICE = new Service("member-service", 8081, "member");
    static final Service PILLAR_SERVICE = new Service("pillar-service", 8082, "pillar");
    static final Service FINANCE_SERVICE = new Service("finance-service", 8083, "finance");
    static final Service EVENTS_SERVICE = new Service("events-service", 8084, "events");
    /** The one entry for browsers and other networks; started last, once the services behind it answer. */
    static final Service GATEWAY = new Service("gateway", 8080, "gateway", 9080);
    /** Started in this order, stopped in the reverse one. */
    static final List<Service> SERVICES = List.of(MEMBER_SERVICE, PILLAR_SERVICE, FINANCE_SERVICE, EVENTS_SERVICE);
    /** Every process the launcher starts from this repository: the services, then the gateway. */
    static final List<Service> ALL = List.of(MEMBER_SERVICE, PILLAR_SERVICE, FINANCE_SERVICE, EVENTS_SERVICE, GATEWAY);

    /** Something started, with the name used in progress lines; stopped in reverse order. */
    private record Running(String name, AutoCloseable server) {
    }

    /** Thrown on the starting thread when a stop was requested meanwhile; not an error. */
    private static final class StopRequested extends RuntimeException {
        StopRequested() {
            super("stop requested", null, false, false);
        }
    }

    private final Path root;
    private final Path platformDir;
    private final Deque<Running> running = new ArrayDeque<>();
    private volatile boolean stopping;
    private boolean stopped;
    private FileChannel lockChannel;
    private FileLock lock;

    LocalPlatform(Path root) {
        this.root = root;
        this.platformDir = root.resolve(".platform");
    }

    public static void main(String[] args) throws Exception {
        // Before any SLF4J logger exists: zonky and the Kafka admin client only speak up when something is wrong.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String command = args.length == 0 ? "help" : args[0];
        Path root = Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize();
        switch (command) {
            case "up" -> new LocalPlatform(root).up();
            case "events" -> {
                EventWatch.Options options;
                try {
                    options = EventWatch.Options.parse(List.of(args).subList(1, args.length));
                } catch (IllegalArgumentException e) {
                    System.err.println(e.getMessage());
                    System.exit(2);
                    return;
                }
                System.exit(EventWatch.run(options, System.out));
            }
            case "help", "--help", "-h" -> usage();
            default -> {
                System.err.println("Unknown command: " + command);
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        Console.plain("Usage: java -Dplatform.root=<repository> -jar local-platform/target/local-platform-*.jar up");
        Console.plain("       java -jar local-platform/target/local-platform-*.jar events [topic] [--from-beginning]"
                + " [--bootstrap host:port]");
        Console.plain("Normally started through ./platform up (see ./platform help).");
    }

    void up() throws Exception {
        long started = System.nanoTime();
        Path kafkaLib = root.resolve("local-platform/target/kafka-lib");
        requireBuilt(kafkaLib);
        acquireLock();
        requirePortsFree();
        installStopHandlers();

        KeycloakServer keycloak;
        try {
            PostgresServer postgres;
            try (Console.Step step = step("postgres")) {
                postgres = track("postgres",
                        PostgresServer.start(POSTGRES_PORT, platformDir.resolve("data/postgres")));
                for (Service service : ALL) {
                    postgres.createDatabaseIfMissing(service.database());
                }
                step.succeeded();
            }
            KafkaProcess kafka;
            try (Console.Step step = step("kafka")) {
                kafka = track("kafka", KafkaProcess.start(kafkaLib, platformDir.resolve("data/kafka"), KAFKA_PORT));
                kafka.createDeclaredTopics();
                step.succeeded();
            }
            try (Console.Step step = step("keycloak")) {
                keycloak = track("keycloak", KeycloakServer.startPersistent(KEYCLOAK_PORT,
                        platformDir.resolve("data/keycloak"), platformDir.resolve("logs/keycloak.log"),
                        KeycloakServer.DEFAULT_TIMEOUT));
                step.succeeded();
            }
            Map<String, String> commonEnv = new LinkedHashMap<>();
            commonEnv.put("DB_USER", postgres.username());
            commonEnv.put("DB_PASSWORD", postgres.password());
            commonEnv.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            commonEnv.put("OIDC_ISSUER", keycloak.issuerUrl());
            for (Service service : SERVICES) {
                startService(service, postgres, commonEnv);
            }
            String token = Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "platform-admin", "platform-admin");
            ApiClient memberApi = new ApiClient(MEMBER_SERVICE.url(), token);
            try (Console.Step step = step("seed data")) {
                new SeedLoader(memberApi, SeedData.fromClasspath(), platformDir.resolve("data/seed-complete"))
                        .loadUnlessPresent();
                step.succeeded();
            }
            try (Console.Step step = step("pillar seed data")) {
                new PillarSeedLoader(new ApiClient(PILLAR_SERVICE.url(), token), memberApi, PillarSeed.fromClasspath(),
                        platformDir.resolve("data/pillar-seed-complete")).loadUnlessPresent(step);
                step.succeeded();
            }
            try (Console.Step step = step("finance seed data")) {
                // "-2": the seed gained M50's 2026 budget and Platform31's bill; a database loaded with the first
                // seed (marker finance-seed-complete) gets them on its next start (the loader skips what exists)
                new FinanceSeedLoader(new ApiClient(FINANCE_SERVICE.url(), token), memberApi, FinanceSeed.fromClasspath(),
                        platformDir.resolve(FinanceSeedLoader.COMPLETE_MARKER)).loadUnlessPresent(step);
                step.succeeded();
            }
            try (Console.Step step = step("events seed data")) {
                String partnerToken = Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "platform31-partner", "platform31-partner");
                new EventsSeedLoader(new ApiClient(EVENTS_SERVICE.url(), token), new ApiClient(EVENTS_SERVICE.url(), partnerToken),
                        EventsSeed.fromClasspath(), platformDir.resolve("data/events-seed-complete")).loadUnlessPresent();
                step.succeeded();
            }
            Map<String, String> gatewayEnv = new LinkedHashMap<>(commonEnv);
            // The key of the gateway's session cookies: fixed for this local installation, so that a browser's
            // login survives a restart of the platform (production sets its own secret).
            gatewayEnv.put("GATEWAY_SESSION_SECRET", "local-platform-session-key-not-for-production-use");
            startService(GATEWAY, postgres, gatewayEnv);
        } catch (StopRequested e) {
            return; // the stop thread ends the JVM
        } catch (Exception e) {
            if (stopping) {
                return; // a server failed because it was being stopped
            }
            Console.info("START-UP FAILED: %s", e.getMessage() == null ? e.toString() : e.getMessage());
            if (!(e instanceof ApiClient.ApiException) && !(e instanceof IllegalStateException)) {
                e.printStackTrace(System.out);
            }
            stopAll();
            System.exit(1);
            return;
        }
        Console.info("platform up in %.1f s", Console.seconds(started));
        Banner.print(GATEWAY.url(), MEMBER_SERVICE.url(), keycloak.baseUrl(), keycloak.issuerUrl());
        // Stay in the foreground; the stop handler ends the JVM.
        Thread.currentThread().join();
    }

    /** Starts a progress step, unless a stop was requested meanwhile: then nothing new is started. */
    private Console.Step step(String name) {
        if (stopping) {
            throw new StopRequested();
        }
        return Console.step(name);
    }

    /** Registers something that was started, unless a stop came in meanwhile (then it is closed at once). */
    private <T extends AutoCloseable> T track(String name, T server) {
        synchronized (this) {
            if (!stopped) {
                running.push(new Running(name, server));
                return server;
            }
        }
        close(new Running(name, server));
        throw new StopRequested();
    }

    /**
     * SIGINT (Ctrl-C) and SIGTERM (./platform stop, the platform script) both stop everything in order.
     * sun.misc.Signal (javac warns about it; Kafka uses it the same way) rather than only a shutdown hook: JVM
     * shutdown hooks run concurrently, so local-servers' own hook would stop PostgreSQL and Kafka while
     * the services are still running. With the handler, this class stops everything first, in order, and
     * local-servers' hook only finds what was still starting.
     */
    private void installStopHandlers() {
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> requestStop("SIG" + signal.getName()));
            } catch (IllegalArgumentException unavailable) {
                // e.g. the signal is reserved by the JVM here; the shutdown hook below still covers it
            }
        }
        // Fallback for ways out that bypass the handlers (System.exit elsewhere, other signals).
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "platform-stop-hook"));
    }

    private void requestStop(String reason) {
        if (stopping) {
            Console.info("%s: already stopping, please wait", reason);
            return;
        }
        stopping = true;
        Console.stopping();
        Console.info("stop requested (%s): stopping everything", reason);
        Thread stopper = new Thread(() -> {
            stopAll();
            System.exit(0);
        }, "platform-stop");
        stopper.start();
    }

    /** Stops what was started, newest first: the services before the servers they use. Idempotent. */
    private void stopAll() {
        List<Running> toStop;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            stopping = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        long started = System.nanoTime();
        for (Running server : toStop) {
            close(server);
        }
        releaseLock();
        String unfinished = Console.currentStep();
        if (unfinished != null && stopping) {
            // local-servers stops a server that is half-started from its own shutdown hook, when this JVM exits.
            Console.info("everything that was up is stopped (%.1f s); %s was still starting and is stopped on exit",
                    Console.seconds(started), unfinished);
        } else if (!toStop.isEmpty()) {
            Console.info("all stopped in %.1f s", Console.seconds(started));
        }
    }

    private static void close(Running server) {
        long started = System.nanoTime();
        Console.info("%s: stopping", server.name());
        try {
            server.server().close();
            Console.info("%s: stopped in %.1f s", server.name(), Console.seconds(started));
        } catch (Exception e) {
            Console.info("%s: stopping failed: %s", server.name(), e);
        }
    }

    private void startService(Service service, PostgresServer postgres, Map<String, String> commonEnv) throws IOException {
        try (Console.Step step = step(service.name())) {
            Map<String, String> env = new LinkedHashMap<>(commonEnv);
            env.put("DB_REACTIVE_URL", postgres.reactiveUrl(service.database()));
            env.put("DB_JDBC_URL", postgres.jdbcUrl(service.database()));
            Path jar = service.jar(root);
            ServiceProcess process = track(service.name(), ServiceProcess.start(service.name(), jar,
                    ServiceJvm.options(root, jar), platformDir.resolve("logs/" + service.name() + ".log"), env));
            Console.info("%s: pid %d, log %s", service.name(), process.pid(), root.relativize(process.logFile()));
            process.awaitReady(service.readyUrl(), SERVICE_TIMEOUT, step);
            process.onExit(() -> {
                if (!stopping) {
                    Console.info("WARNING: %s exited unexpectedly with code %d; last lines of its log:%n%s",
                            service.name(), process.exitValue(), process.tail(30));
                }
            });
            step.succeeded();
        }
    }

    private void requireBuilt(Path kafkaLib) {
        List<String> missing = new ArrayList<>();
        for (Service service : ALL) {
            if (!Files.isRegularFile(service.jar(root))) {
                missing.add(root.relativize(service.jar(root)).toString());
            }
        }
        if (!Files.isDirectory(kafkaLib)) {
            missing.add(root.relativize(kafkaLib) + "/");
        }
        if (!missing.isEmpty()) {
            Console.info("Not built yet: %s. Run ./platform up (it builds first) or mvn -DskipTests install.",
                    String.join(", ", missing));
            System.exit(1);
        }
    }

    /**
     * One platform per repository: the lock is released by the OS even when this JVM is killed, and the pid file
     * tells the platform script (reset, stop) that the platform is running.
     */
    private void acquireLock() throws IOException {
        Files.createDirectories(platformDir);
        lockChannel = FileChannel.open(platformDir.resolve("platform.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            String pid = readPid();
            Console.info("The platform is already running%s. Stop it with Ctrl-C in its terminal or ./platform stop.",
                    pid == null ? "" : " (pid " + pid + ")");
            System.exit(1);
        }
        Files.writeString(platformDir.resolve("platform.pid"), ProcessHandle.current().pid() + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }

    private synchronized void releaseLock() {
        try {
            Files.deleteIfExists(platformDir.resolve("platform.pid"));
            if (lock != null) {
                lock.release();
                lockChannel.close();
                lock = null;
            }
        } catch (IOException e) {
            Console.info("could not release %s: %s", platformDir.resolve("platform.lock"), e);
        }
    }

    private String readPid() {
        try {
            return Files.readString(platformDir.resolve("platform.pid"), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** Fails fast with the list of busy ports instead of half-starting the platform. */
    private void requirePortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(POSTGRES_PORT, "PostgreSQL");
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "Kafka controller");
        ports.put(KEYCLOAK_PORT, "Keycloak");
        ALL.forEach(service -> {
            ports.put(service.port(), service.name());
            ports.put(service.managementPort(), service.name());
        });
        List<String> busy = new ArrayList<>();
        ports.forEach((port, what) -> {
            try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
                // free
            } catch (IOException e) {
                busy.add(port + " (" + what + ")");
            }
        });
        if (!busy.isEmpty()) {
            Console.info("Ports already in use on %s: %s. Is something else (or a platform left over from a killed run) "
                    + "still running? See: ss -ltnp", HOST, String.join(", ", busy));
            releaseLock();
            System.exit(1);
        }
    }
}
