package nl.municipalnetworks.localplatform;

import sun.misc.Signal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./platform up}: the {@link Platform} on its fixed local ports with persistent data under
 * {@code .platform/}, then in the foreground until SIGINT/SIGTERM stops everything.
 *
 * <p>The repository root comes from the system property {@code platform.root} (set by the {@code platform}
 * script), else the working directory.
 */
public final class LocalPlatform {

    private final Path platformDir;
    private final Platform platform;
    private volatile boolean stopping;
    private FileChannel lockChannel;
    private FileLock lock;

    LocalPlatform(Path root) {
        this.platformDir = root.resolve(".platform");
        this.platform = new Platform(root, platformDir, Ports.LOCAL, Platform.KeycloakStore.FILE);
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
        List<String> missing = platform.missingBuilds();
        if (!missing.isEmpty()) {
            Console.info("Not built yet: %s. Run ./platform up (it builds first) or mvn -DskipTests install.",
                    String.join(", ", missing));
            System.exit(1);
        }
        acquireLock();
        requirePortsFree();
        installStopHandlers();
        try {
            platform.start();
        } catch (Platform.StopRequested e) {
            return; // the stop thread ends the JVM
        } catch (Exception e) {
            if (platform.isStopping()) {
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
        Banner.print(platform.gatewayUrl(), platform.serviceUrl("member-service"), platform.keycloakUrl(),
                platform.issuerUrl());
        // Stay in the foreground; the stop handler ends the JVM.
        Thread.currentThread().join();
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

    /** Stops everything, newest first, then lets another ./platform up start. Idempotent. */
    private void stopAll() {
        platform.close();
        releaseLock();
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
        List<String> busy = new ArrayList<>();
        platform.ports().named().forEach((port, what) -> {
            if (!Ports.isFree(port)) {
                busy.add(port + " (" + what + ")");
            }
        });
        if (!busy.isEmpty()) {
            Console.info("Ports already in use on %s: %s. Is something else (or a platform left over from a killed run) "
                    + "still running? See: ss -ltnp", Platform.HOST, String.join(", ", busy));
            releaseLock();
            System.exit(1);
        }
    }
}
