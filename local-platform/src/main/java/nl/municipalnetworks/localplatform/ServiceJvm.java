package nl.municipalnetworks.localplatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a service runs with (in the folder of its quarkus-run.jar): the shared argument file
 * {@code runtime/service.jvm-options} (heap, collector; the container images are to use the same file), then the
 * module's own {@code runtime/<module>.jvm-options} when there is one (the JVM takes the last value of an option,
 * so the module's file overrides the shared one), and,
 * when the build made one ({@code -DstartupArchive}, see the root pom), the service's start-up archive, which
 * saves loading, verifying and linking the same classes on every start. The benchmarks take their options from
 * {@link #main}, so that they measure what the launcher runs.
 */
public final class ServiceJvm {

    static final String OPTIONS_FILE = "runtime/service.jvm-options";
    /** JDK 25+: an AOT cache (JEP 483/514), classes loaded and linked ahead of time. */
    static final String AOT_CACHE = "app.aot";
    /** Older JDKs: a class-data archive (AppCDS). */
    static final String CLASS_DATA_ARCHIVE = "app-cds.jsa";

    private ServiceJvm() {
    }

    /** Options for the service whose fast-jar is {@code quarkusRunJar}, in a checkout at {@code root}. */
    static List<String> options(Path root, Path quarkusRunJar) {
        List<String> options = new ArrayList<>();
        Path file = root.resolve(OPTIONS_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file + ": the JVM options of the services");
        }
        options.add("@" + file.toAbsolutePath());
        // <module>/target/quarkus-app/quarkus-run.jar
        Path module = quarkusRunJar.toAbsolutePath().getParent().getParent().getParent().getFileName();
        Path own = root.resolve("runtime/" + module + ".jvm-options");
        if (Files.isRegularFile(own)) {
            options.add("@" + own.toAbsolutePath());
        }
        // Relative, like the jar: the service runs in the jar's folder, where the archive was made. An archive of
        // another JDK (the build ran on another one) is ignored by the JVM with a warning, never fatal.
        if (Files.isRegularFile(quarkusRunJar.resolveSibling(AOT_CACHE))) {
            options.add("-XX:AOTCache=" + AOT_CACHE);
        } else if (Files.isRegularFile(quarkusRunJar.resolveSibling(CLASS_DATA_ARCHIVE))) {
            options.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        return options;
    }

    /** Prints the options for {@code <quarkus-run.jar>}, one per line, run from the checkout's root (bench/). */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ServiceJvm <path to a service's quarkus-run.jar>");
            System.exit(2);
        }
        options(Path.of("").toAbsolutePath(), Path.of(args[0])).forEach(System.out::println);
    }
}
