package nl.municipalnetworks.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Small helpers shared by the servers: ports, process handling, progress logging. */
final class Support {

    static final String LOOPBACK = "127.0.0.1";

    private Support() {
    }

    /** Progress goes to stderr so that it shows up in Maven output and in the launcher's console. */
    static void log(String format, Object... args) {
        System.err.println("[local-servers] " + String.format(format, args));
    }

    static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** A port that is free on 127.0.0.1 right now (another process may still take it; good enough here). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + LOOPBACK, e);
        }
    }

    /** Two adjacent free ports, for servers that use port and port + 1. */
    static int freePortPair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (port < 65535 && isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("No two adjacent free ports found on " + LOOPBACK);
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops a process and everything it spawned: SIGTERM first, SIGKILL after the grace period. */
    static void stopProcessTree(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>();
        process.descendants().forEach(all::add);
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                log("process %d did not exit after SIGKILL", handle.pid());
            }
        }
    }

    /**
     * Starts a tiny shell loop that signals {@code targetPid} and its direct children when this JVM dies
     * without closing the server (kill -9, an IDE's stop button, Surefire halting a fork): shutdown hooks do
     * not run then, and a Keycloak or PostgreSQL would keep running. The loop ends by itself once the target
     * is gone, so a normal close leaves nothing behind.
     */
    static void stopWhenThisJvmDies(long targetPid, String signal) {
        stopWhenProcessDies(ProcessHandle.current().pid(), targetPid, signal);
    }

    static void stopWhenProcessDies(long guardedPid, long targetPid, String signal) {
        String script = "while kill -0 \"$1\" 2>/dev/null; do kill -0 \"$2\" 2>/dev/null || exit 0; sleep 1; done; "
                + "for child in $(ps -o pid= --ppid \"$2\" 2>/dev/null); do kill -\"$3\" \"$child\" 2>/dev/null; done; "
                + "kill -\"$3\" \"$2\" 2>/dev/null; exit 0";
        try {
            new ProcessBuilder("/bin/sh", "-c", script, "local-servers-watchdog",
                    Long.toString(guardedPid), Long.toString(targetPid), signal)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log("no watchdog for process %d (%s); it survives a killed JVM", targetPid, e.getMessage());
        }
    }

    /** Last lines of a log file, for error messages. */
    static String tail(Path file, int lines) {
        if (file == null || !Files.exists(file)) {
            return "(no log file)";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log("could not delete %s: %s", directory, e.getMessage());
        }
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
