package nl.municipalnetworks.localplatform;

import nl.municipalnetworks.localservers.KafkaProcess;
import nl.municipalnetworks.localservers.KeycloakServer;
import nl.municipalnetworks.localservers.PostgresServer;
import nl.municipalnetworks.localservers.ShutdownRegistry;
import nl.municipalnetworks.localservers.Tokens;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The whole platform on 127.0.0.1: PostgreSQL, Kafka and Keycloak, the four services with the seed data, then the
 * gateway, each service as its own JVM from its built {@code quarkus-run.jar}. Its data and logs live in one folder.
 * {@code ./platform up} ({@link LocalPlatform}) runs one on {@link Ports#LOCAL} in {@code .platform/}; the
 * end-to-end tests run one on free ports in a folder of their own.
 */
public final class Platform implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
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

    /** Something started, with the name used in progress lines; stopped in reverse order. */
    private record Running(String name, AutoCloseable server) {
    }

    /** Thrown on the starting thread when a stop was requested meanwhile; not an error. */
    static final class StopRequested extends RuntimeException {
        StopRequested() {
            super("stop requested", null, false, false);
        }
    }

    /** Where Keycloak keeps its realm data: a file store survives restarts; a memory store starts fastest. */
    public enum KeycloakStore { FILE, MEMORY }

    private final Path root;
    private final Path home;
    private final Ports ports;
    private final KeycloakStore keycloakStore;
    private final Service memberService;
    private final Service pillarService;
    private final Service financeService;
    private final Service eventsService;
    /** The one entry for browsers and other networks; started last, once the services behind it answer. */
    private final Service gateway;
    private final Deque<Running> running = new ArrayDeque<>();
    private final Object closing = new Object();
    private volatile boolean stopping;
    private boolean stopped;
    private KeycloakServer keycloak;

    /**
     * @param root the repository (the services' jars are in its modules' target folders)
     * @param home the folder for data and logs ({@code data/}, {@code logs/}); data there is kept between starts
     */
    public Platform(Path root, Path home, Ports ports, KeycloakStore keycloakStore) {
        this.root = root;
        this.home = home;
        this.ports = ports;
        this.keycloakStore = keycloakStore;
        this.memberService = new Service("member-service", ports.memberService(), "member");
        this.pillarService = new Service("pillar-service", ports.pillarService(), "pillar");
        this.financeService = new Service("finance-service", ports.financeService(), "finance");
        this.eventsService = new Service("events-service", ports.eventsService(), "events");
        this.gateway = new Service("gateway", ports.gateway(), "gateway", ports.gatewayManagement());
    }

    /** The services behind the gateway, in start order. */
    List<Service> services() {
        return List.of(memberService, pillarService, financeService, eventsService);
    }

    /** Every process started from this repository: the services, then the gateway. */
    List<Service> all() {
        return List.of(memberService, pillarService, financeService, eventsService, gateway);
    }

    public Ports ports() {
        return ports;
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    /** A service's own address (its API under {@code /v1}), by module name, e.g. {@code member-service}. */
    public String serviceUrl(String name) {
        return service(name).url();
    }

    /** The log file of a service or the gateway, by module name. */
    public Path logFile(String name) {
        return home.resolve("logs/" + service(name).name() + ".log");
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    public String issuerUrl() {
        return keycloak.issuerUrl();
    }

    private Service service(String name) {
        return all().stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in " + all()));
    }

    /** The jars and the Kafka class path this needs, relative to the repository; empty when everything is built. */
    List<String> missingBuilds() {
        List<String> missing = new ArrayList<>();
        for (Service service : all()) {
            if (!Files.isRegularFile(service.jar(root))) {
                missing.add(root.relativize(service.jar(root)).toString());
            }
        }
        if (!Files.isDirectory(kafkaLib())) {
            missing.add(root.relativize(kafkaLib()) + "/");
        }
        return missing;
    }

    private Path kafkaLib() {
        return root.resolve("local-platform/target/kafka-lib");
    }

    /**
     * Starts everything in order and loads the seed data (a seed already loaded into this folder is not loaded
     * again). On failure, what was started stays running until {@link #close()}.
     *
     * @throws StopRequested when {@link #close()} was called meanwhile (from another thread)
     */
    public void start() throws IOException {
        List<String> missing = missingBuilds();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./platform up (it builds first) or mvn -DskipTests install.");
        }
        PostgresServer postgres;
        try (Console.Step step = step("postgres")) {
            postgres = track("postgres", PostgresServer.start(ports.postgres(), home.resolve("data/postgres")));
            for (Service service : all()) {
                postgres.createDatabaseIfMissing(service.database());
            }
            step.succeeded();
        }
        KafkaProcess kafka;
        try (Console.Step step = step("kafka")) {
            kafka = track("kafka", KafkaProcess.start(kafkaLib(), home.resolve("data/kafka"), ports.kafka()));
            kafka.createDeclaredTopics();
            step.succeeded();
        }
        try (Console.Step step = step("keycloak")) {
            Path log = home.resolve("logs/keycloak.log");
            keycloak = track("keycloak", keycloakStore == KeycloakStore.FILE
                    ? KeycloakServer.startPersistent(ports.keycloak(), home.resolve("data/keycloak"), log,
                    KeycloakServer.DEFAULT_TIMEOUT)
                    : KeycloakServer.start(ports.keycloak(), log, KeycloakServer.DEFAULT_TIMEOUT));
            step.succeeded();
        }
        Servers servers = new Servers(postgres.username(), postgres.password(), kafka.bootstrapServers(),
                keycloak.issuerUrl(), postgres::reactiveUrl, postgres::jdbcUrl);
        for (Service service : services()) {
            startService(service, environment(service, servers));
        }
        loadSeeds();
        startService(gateway, environment(gateway, servers));
    }

    private void loadSeeds() throws IOException {
        String token = Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "platform-admin", "platform-admin");
        ApiClient memberApi = new ApiClient(memberService.url(), token);
        try (Console.Step step = step("seed data")) {
            new SeedLoader(memberApi, SeedData.fromClasspath(), home.resolve("data/seed-complete"))
                    .loadUnlessPresent();
            step.succeeded();
        }
        try (Console.Step step = step("pillar seed data")) {
            new PillarSeedLoader(new ApiClient(pillarService.url(), token), memberApi, PillarSeed.fromClasspath(),
                    home.resolve("data/pillar-seed-complete")).loadUnlessPresent(step);
            step.succeeded();
        }
        try (Console.Step step = step("finance seed data")) {
            // "-2": the seed gained M50's 2026 budget and Platform31's bill; a database loaded with the first
            // seed (marker finance-seed-complete) gets them on its next start (the loader skips what exists)
            new FinanceSeedLoader(new ApiClient(financeService.url(), token), memberApi, FinanceSeed.fromClasspath(),
                    home.resolve(FinanceSeedLoader.COMPLETE_MARKER)).loadUnlessPresent(step);
            step.succeeded();
        }
        try (Console.Step step = step("events seed data")) {
            String partnerToken = Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "platform31-partner",
                    "platform31-partner");
            new EventsSeedLoader(new ApiClient(eventsService.url(), token),
                    new ApiClient(eventsService.url(), partnerToken), EventsSeed.fromClasspath(),
                    home.resolve("data/events-seed-complete")).loadUnlessPresent();
            step.succeeded();
        }
    }

    /** Where the servers this platform started are reached, and its database account. */
    record Servers(String dbUser, String dbPassword, String kafkaBootstrapServers, String oidcIssuer,
                   UnaryOperator<String> reactiveUrl, UnaryOperator<String> jdbcUrl) {
    }

    /**
     * The environment a service or the gateway runs with: the settings its configuration reads through
     * {@code ${NAME:default}} (or Quarkus's own names) that differ from the defaults or that a deployment must set.
     * The Kubernetes manifests ({@code deploy/apps}) set the same names; DeployManifestsTest checks that.
     */
    Map<String, String> environment(Service service, Servers servers) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_USER", servers.dbUser());
        env.put("DB_PASSWORD", servers.dbPassword());
        env.put("OIDC_ISSUER", servers.oidcIssuer());
        env.put("DB_REACTIVE_URL", servers.reactiveUrl().apply(service.database()));
        env.put("DB_JDBC_URL", servers.jdbcUrl().apply(service.database()));
        if (!service.equals(gateway)) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", servers.kafkaBootstrapServers());
            env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
            return env;
        }
        // The gateway uses no Kafka.
        env.put("GATEWAY_PORT", String.valueOf(gateway.port()));
        env.put("GATEWAY_MANAGEMENT_PORT", String.valueOf(gateway.managementPort()));
        env.put("MEMBER_SERVICE_URL", memberService.url());
        env.put("PILLAR_SERVICE_URL", pillarService.url());
        env.put("FINANCE_SERVICE_URL", financeService.url());
        env.put("EVENTS_SERVICE_URL", eventsService.url());
        env.put("GATEWAY_CORS_ORIGINS", gateway.url() + ",http://localhost:" + gateway.port());
        // The key of the gateway's session cookies: fixed for a local installation, so that a browser's login
        // survives a restart of the platform (production sets its own secret).
        env.put("GATEWAY_SESSION_SECRET", "local-platform-session-key-not-for-production-use");
        return env;
    }

    /** True once a stop was requested: a failure while starting is then expected, not an error. */
    public boolean isStopping() {
        return stopping;
    }

    /**
     * Stops what was started, newest first: the gateway and services before the servers they use. Idempotent; a
     * second caller (a shutdown hook next to the stop handler) waits until the first is done.
     */
    @Override
    public void close() {
        synchronized (closing) {
            List<Running> toStop;
            synchronized (this) {
                stopping = true;
                if (stopped) {
                    return;
                }
                stopped = true;
                toStop = new ArrayList<>(running);
                running.clear();
            }
            ShutdownRegistry.unregister(this);
            long started = System.nanoTime();
            // The service JVMs (gateway included) use the servers but not each other: they stop together, each taking
            // its few seconds (Kafka consumers leaving their groups) at the same time; then the servers, newest first.
            List<Running> processes = toStop.stream().filter(server -> server.server() instanceof ServiceProcess).toList();
            List<Thread> stoppers = processes.stream()
                    .map(server -> new Thread(() -> stop(server), "stop-" + server.name()))
                    .toList();
            stoppers.forEach(Thread::start);
            for (Thread thread : stoppers) {
                joinUninterruptibly(thread);
            }
            toStop.stream().filter(server -> !processes.contains(server)).forEach(Platform::stop);
            String unfinished = Console.currentStep();
            if (unfinished != null) {
                // local-servers stops a server that is half-started from its own shutdown hook, when this JVM exits.
                Console.info("everything that was up is stopped (%.1f s); %s was still starting and is stopped on exit",
                        Console.seconds(started), unfinished);
            } else if (!toStop.isEmpty()) {
                Console.info("all stopped in %.1f s", Console.seconds(started));
            }
        }
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
                // When the JVM exits without close() (a test JVM), local-servers' hook closes the newest first:
                // this platform, newer than every server it started, stops its services before those servers.
                ShutdownRegistry.register(this);
                return server;
            }
        }
        stop(new Running(name, server));
        throw new StopRequested();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Running server) {
        long started = System.nanoTime();
        Console.info("%s: stopping", server.name());
        try {
            server.server().close();
            Console.info("%s: stopped in %.1f s", server.name(), Console.seconds(started));
        } catch (Exception e) {
            Console.info("%s: stopping failed: %s", server.name(), e);
        }
    }

    /** A path as the developer finds it: relative to the repository when inside it. */
    private Path shown(Path path) {
        return path.startsWith(root) ? root.relativize(path) : path;
    }

    private void startService(Service service, Map<String, String> env) throws IOException {
        try (Console.Step step = step(service.name())) {
            Path jar = service.jar(root);
            ServiceProcess process = track(service.name(), ServiceProcess.start(service.name(), jar,
                    ServiceJvm.options(root, jar), logFile(service.name()), env));
            Console.info("%s: pid %d, log %s", service.name(), process.pid(), shown(process.logFile()));
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
}
