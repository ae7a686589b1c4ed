package nl.municipalnetworks.contracts;

import java.util.List;

/**
 * The Kubernetes manifests of the platform's topics, rendered from their declarations ({@link Topic#ALL}):
 * one Strimzi {@code KafkaTopic} per topic, with production replication. The file in the repository
 * ({@code deploy/kafka/topics.yaml}) is checked against this rendering by a test, so it cannot drift.
 */
public final class TopicManifests {

    /** The Strimzi {@code Kafka} resource the topics belong to (label {@code strimzi.io/cluster}). */
    public static final String CLUSTER = "platform-kafka";

    private TopicManifests() {
    }

    public static String render(List<Topic> topics) {
        StringBuilder yaml = new StringBuilder("""
                # Generated from contracts/src/main/java/nl/municipalnetworks/contracts/Topic.java (Topic.ALL) by
                # TopicManifests; do not edit. After changing a topic:
                #   ./mvnw -pl contracts test -Dmanifests.write=true
                """);
        for (Topic topic : topics) {
            yaml.append("---\n")
                    .append("# ").append(topic.name()).append(": keyed by ").append(topic.key()).append('\n')
                    .append("apiVersion: kafka.strimzi.io/v1beta2\n")
                    .append("kind: KafkaTopic\n")
                    .append("metadata:\n")
                    .append("  name: ").append(topic.name()).append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ").append(CLUSTER).append('\n')
                    .append("spec:\n")
                    .append("  partitions: ").append(topic.partitions()).append('\n')
                    .append("  replicas: ").append(topic.productionReplicas()).append('\n')
                    .append("  config:\n")
                    .append("    retention.ms: \"").append(topic.retentionMs()).append("\"\n")
                    .append("    cleanup.policy: ").append(topic.cleanupPolicy()).append('\n')
                    // With three replicas a write is acknowledged by two, so one broker may be down.
                    .append("    min.insync.replicas: \"").append(Math.min(2, topic.productionReplicas())).append("\"\n");
        }
        return yaml.toString();
    }
}
