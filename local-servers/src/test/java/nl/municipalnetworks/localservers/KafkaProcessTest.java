package nl.municipalnetworks.localservers;

import nl.municipalnetworks.contracts.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

            // Topics as code: the declared topics exist with their partitions and retention; nothing else appears by itself.
            kafka.createDeclaredTopics();
            kafka.createDeclaredTopics(); // again: changes nothing
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                TopicDescription members = admin.describeTopics(List.of(Topic.MEMBER_EVENTS.name())).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get(Topic.MEMBER_EVENTS.name());
                assertThat(members.partitions()).hasSize(Topic.MEMBER_EVENTS.partitions());
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topic.MEMBER_EVENTS.name());
                Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
                assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
                assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("delete");
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("typo-events", "k", "v")).get(10, TimeUnit.SECONDS))
                        .as("no auto-creation of undeclared topics").isNotNull();
            }
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
