package nl.municipalnetworks.localplatform;

import nl.municipalnetworks.localservers.ShutdownRegistry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service (its Quarkus fast-jar) as a child process, with its output in a log file. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ServiceProcess start(String name, Path quarkusRunJar, List<String> jvmOptions, Path logFile,
                                      Map<String, String> environment) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "", StandardCharsets.UTF_8); // one log per start
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", quarkusRunJar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                // The jar's own folder: the class-data archive names the jar relative to it. (Not the repository
                // root either way: Quarkus would read a developer's .env or config/ from there.)
                .directory(quarkusRunJar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        // A launcher or test JVM killed with -9 must not leave services running.
        ShutdownRegistry.stopWhenThisJvmDies(process.pid());
        return new ServiceProcess(name, process, logFile);
    }

    /** Polls the readiness endpoint until it answers 200; fails early when the process exits. */
    void awaitReady(URI readyUrl, Duration timeout, Console.Step step) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(readyUrl).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + "; last lines of " + logFile + ":" + System.lineSeparator() + tail(40));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                step.detail("health answered " + response.statusCode());
            } catch (IOException notListeningYet) {
                step.detail("not listening yet");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready at " + readyUrl + " after "
                        + timeout.toSeconds() + " s; last lines of " + logFile + ":" + System.lineSeparator() + tail(40));
            }
            sleep(500);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    /** Runs the action once when the process ends (used to report a crash while the platform is up). */
    void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** SIGTERM lets Quarkus shut down gracefully; SIGKILL after 30 s. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        process.descendants().forEach(all::add);
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception timeoutOrInterrupt) {
                handle.destroyForcibly();
            }
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
