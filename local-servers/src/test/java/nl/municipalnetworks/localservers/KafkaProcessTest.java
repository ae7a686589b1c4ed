package nl.municipalnetworks.localservers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Kafka as its own process from a lib folder, the way the local platform does, and shows that the
 * data survives a restart. The lib folder is assembled from this test's classpath, which holds kafka_2.13
 * and its dependencies (through kafka-test-common-runtime).
 */
class KafkaProcessTest {

    @Test
    void runsFromAJarFolderAndKeepsDataAcrossRestarts(@TempDir Path work) throws Exception {
        Path lib = Files.createDirectories(work.resolve("lib"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
                Files.createSymbolicLink(lib.resolve(jar.getFileName()), jar);
            }
        }
        Path data = work.resolve("data");

        int port;
        String clusterId;
        try (KafkaProcess kafka = KafkaProcess.start(lib, data, 0)) {
            port = kafka.port();
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            kafka.createTopics("kept-topic");
            assertThat(LocalServersTest.roundTrip(kafka.bootstrapServers(), "kept-topic", "before restart"))
                    .containsExactly("before restart");
            clusterId = Files.readString(data.resolve("kafka-logs/meta.properties"));
        }
        assertThat(Support.accepts(port)).as("port closed after close()").isFalse();

        try (KafkaProcess again = KafkaProcess.start(lib, data, port)) {
            assertThat(Files.readString(data.resolve("kafka-logs/meta.properties")))
                    .as("storage not formatted again").isEqualTo(clusterId);
            assertThat(LocalServersTest.consume(again.bootstrapServers(), "kept-topic", 1))
                    .containsExactly("before restart");
        }
        assertThat(Support.accepts(port)).isFalse();
        assertThat(Support.accepts(port + 1)).as("controller port closed").isFalse();
    }
}
