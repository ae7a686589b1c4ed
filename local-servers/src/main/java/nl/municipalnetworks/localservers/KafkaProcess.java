package nl.municipalnetworks.localservers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, combined broker+controller) in its own OS process, for the local platform:
 * its data survives restarts. Needs a folder with the jars of {@code org.apache.kafka:kafka_2.13} and a
 * logging back end (the launcher copies them with maven-dependency-plugin).
 * Listens on 127.0.0.1:port (clients) and 127.0.0.1:port+1 (controller).
 */
public final class KafkaProcess implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path logFile;

    private KafkaProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    public static KafkaProcess start(Path libDirectory, Path dataDirectory, int port) throws IOException {
        return start(libDirectory, dataDirectory, port, DEFAULT_TIMEOUT);
    }

    /**
     * @param libDirectory  folder with the Kafka jars
     * @param dataDirectory kept across restarts; storage is formatted only when it is new
     * @param port          client port, 0 picks a free one; the controller uses port + 1
     */
    public static KafkaProcess start(Path libDirectory, Path dataDirectory, int port, Duration timeout)
            throws IOException {
        long started = System.nanoTime();
        if (!Files.isDirectory(libDirectory)) {
            throw new IllegalArgumentException("Kafka lib directory does not exist: " + libDirectory);
        }
        int clientPort = port == 0 ? Support.freePortPair() : port;
        int controllerPort = clientPort + 1;
        Files.createDirectories(dataDirectory);
        Path logDirs = dataDirectory.resolve("kafka-logs");
        Path config = dataDirectory.resolve("server.properties");
        Path logConfig = dataDirectory.resolve("log4j2.properties");
        Path logFile = dataDirectory.resolve("kafka.log");
        Files.writeString(config, serverProperties(clientPort, controllerPort, logDirs), StandardCharsets.UTF_8);
        Files.writeString(logConfig, LOG4J2_PROPERTIES, StandardCharsets.UTF_8);
        Files.writeString(logFile, "", StandardCharsets.UTF_8); // one log per start
        String classpath = libDirectory.toAbsolutePath() + "/*";

        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            Support.log("kafka (process): formatting new storage in %s", logDirs);
            String clusterId = Uuid.randomUuid().toString();
            Process format = new ProcessBuilder(Support.javaExecutable().toString(),
                    "-Xmx256m", "-Dlog4j2.configurationFile=" + logConfig.toAbsolutePath(),
                    "-cp", classpath, "kafka.tools.StorageTool",
                    "format", "-t", clusterId, "-c", config.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            try {
                if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                    format.destroyForcibly();
                    throw new IllegalStateException("Formatting Kafka storage failed:\n" + Support.tail(logFile, 40));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                format.destroyForcibly();
                throw new IllegalStateException(e);
            }
        }

        if (!Support.isFree(clientPort) || !Support.isFree(controllerPort)) {
            throw new IllegalStateException("Kafka ports " + clientPort + "/" + controllerPort + " are already in use");
        }
        Support.log("kafka (process): starting on 127.0.0.1:%d (log: %s)", clientPort, logFile);
        Process process = new ProcessBuilder(Support.javaExecutable().toString(),
                "-Xms256m", "-Xmx512m",
                "-Dlog4j2.configurationFile=" + logConfig.toAbsolutePath(),
                "-cp", classpath, "kafka.Kafka", config.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        Support.stopWhenThisJvmDies(process.pid(), "TERM");
        KafkaProcess kafka = new KafkaProcess(process, clientPort, logFile);
        ShutdownRegistry.register(kafka);
        try {
            kafka.awaitReady(timeout);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        Support.log("kafka (process): ready at %s after %s", kafka.bootstrapServers(), Support.seconds(started));
        return kafka;
    }

    public String bootstrapServers() {
        return Support.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates the platform's declared topics (contracts' Topic.ALL) and applies their retention. */
    public void createDeclaredTopics() {
        KafkaBroker.createDeclaredTopicsAt(bootstrapServers());
    }

    public void createTopics(String... topics) {
        KafkaBroker.createTopicsAt(bootstrapServers(), 1, topics);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Support.accepts(port)) {
            checkAlive();
            checkDeadline(deadline, timeout);
            sleep(200);
        }
        // The port opens before the broker has joined the quorum; an answer from the cluster means ready.
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                checkAlive();
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    checkDeadline(deadline, timeout);
                    sleep(200);
                }
            }
        }
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka exited with code " + process.exitValue() + ":\n"
                    + Support.tail(logFile, 40));
        }
    }

    private void checkDeadline(long deadline, Duration timeout) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka not ready on port " + port + " after " + timeout.toSeconds()
                    + " s:\n" + Support.tail(logFile, 40));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ShutdownRegistry.unregister(this);
        if (process.isAlive()) {
            long started = System.nanoTime();
            // SIGTERM lets Kafka close its logs cleanly, so the next start needs no recovery.
            Support.stopProcessTree(process, Duration.ofSeconds(30));
            Support.log("kafka (process): stopped after %s", Support.seconds(started));
        }
    }

    @Override
    public String toString() {
        return "KafkaProcess[" + bootstrapServers() + "]";
    }

    private static String serverProperties(int clientPort, int controllerPort, Path logDirs) {
        return String.join("\n", List.of(
                "# Written by local-servers KafkaProcess at every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + clientPort,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "log.dirs=" + logDirs.toAbsolutePath(),
                "num.partitions=1",
                // Topics come from their declarations in contracts (Topic.ALL), see createDeclaredTopics().
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
    }

    private static final String LOG4J2_PROPERTIES = String.join("\n", List.of(
            "# Written by local-servers KafkaProcess: Kafka's INFO chatter is too much for a dev machine.",
            "appender.stdout.type=Console",
            "appender.stdout.name=STDOUT",
            "appender.stdout.layout.type=PatternLayout",
            "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
            "rootLogger.level=WARN",
            "rootLogger.appenderRef.stdout.ref=STDOUT",
            "logger.server.name=kafka.server.KafkaRaftServer",
            "logger.server.level=INFO",
            ""));
}
