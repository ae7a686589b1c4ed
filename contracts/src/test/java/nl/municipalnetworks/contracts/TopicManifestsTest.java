package nl.municipalnetworks.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/kafka/topics.yaml is what {@link TopicManifests} renders from {@link Topic#ALL}. */
class TopicManifestsTest {

    private static final Path MANIFEST = Path.of("..", "deploy", "kafka", "topics.yaml");

    @Test
    void theCommittedManifestIsRenderedFromTheDeclarations() throws IOException {
        String rendered = TopicManifests.render(Topic.ALL);
        if (Boolean.getBoolean("manifests.write")) {
            Files.writeString(MANIFEST, rendered);
        }
        assertThat(Files.exists(MANIFEST)).as(MANIFEST + " exists; write it with -Dmanifests.write=true").isTrue();
        assertThat(Files.readString(MANIFEST))
                .as("deploy/kafka/topics.yaml is out of date: ./mvnw -pl contracts test -Dmanifests.write=true")
                .isEqualTo(rendered);
    }

    @Test
    void domainTopicsKeepTheirEventsAndDeadLettersExpire() {
        String rendered = TopicManifests.render(Topic.ALL);
        assertThat(rendered).contains("name: member-events\n", "retention.ms: \"-1\"", "replicas: 3\n",
                "strimzi.io/cluster: " + TopicManifests.CLUSTER);
        assertThat(rendered).contains("name: pillar-service-dead-letters\n", "retention.ms: \"" + 90 * Topic.DAY_MS + "\"");
        assertThat(rendered.split("kind: KafkaTopic", -1)).hasSize(Topic.ALL.size() + 1);
    }
}
