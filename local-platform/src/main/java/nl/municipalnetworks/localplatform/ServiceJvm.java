package nl.municipalnetworks.localplatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options a service runs with (in the folder of its quarkus-run.jar): the shared argument file
 * {@code runtime/service.jvm-options} (heap, collector; the container images are to use the same file) and,
 * when the build made one, the service's class-data archive, which saves loading and verifying the same few thousand classes on every start.
 * The benchmarks compose the same options in bench/service-jvm.sh.
 */
final class ServiceJvm {

    static final String OPTIONS_FILE = "runtime/service.jvm-options";
    /** Written by the build with -Dquarkus.package.jar.appcds.enabled=true (see ./platform). */
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
        if (Files.isRegularFile(quarkusRunJar.resolveSibling(CLASS_DATA_ARCHIVE))) {
            // Relative, like the jar: the service runs in the jar's folder, where the archive was made. A stale
            // or foreign archive (another JDK) is ignored by the JVM with a warning, never fatal.
            options.add("-XX:SharedArchiveFile=" + CLASS_DATA_ARCHIVE);
        }
        return options;
    }
}
