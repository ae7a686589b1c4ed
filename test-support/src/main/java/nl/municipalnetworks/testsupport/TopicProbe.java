package nl.municipalnetworks.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Watches a topic from "now": it sees only records published after it was created, so leftovers of
 * earlier tests do not count. Create it before the action under test, then poll.
 * <pre>
 * try (TopicProbe probe = TopicProbe.forTopic("member-events")) {
 *     // ... call the service ...
 *     assertThat(probe.poll(Duration.ofSeconds(10), 1)).hasSize(1);
 * }
 * </pre>
 */
public final class TopicProbe implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;

    /** On the Kafka broker of the test JVM. */
    public static TopicProbe forTopic(String topic) {
        return new TopicProbe(RealServers.kafkaBootstrapServers(), topic);
    }

    public TopicProbe(String bootstrapServers, String topic) {
        this.topic = topic;
        requireTopic(bootstrapServers, topic);
        // No consumer group: assign() + explicit offsets, so no rebalance delay and no committed offsets.
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        try {
            List<TopicPartition> partitions = partitions(topic);
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            // seekToEnd is lazy; position() fixes the end offsets now, not at the first poll.
            partitions.forEach(consumer::position);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** Polls until at least {@code expected} records arrived or the timeout passed; returns what arrived. */
    public List<ConsumerRecord<String, String>> poll(Duration timeout, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < expected && System.nanoTime() < deadline) {
            long leftMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            consumer.poll(Duration.ofMillis(Math.min(200, leftMillis))).forEach(records::add);
        }
        return records;
    }

    /** Everything that arrives during the whole {@code duration} (e.g. to assert that nothing was published). */
    public List<ConsumerRecord<String, String>> pollAll(Duration duration) {
        return poll(duration, Integer.MAX_VALUE);
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    private List<TopicPartition> partitions(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + topic + " has no partitions");
            }
        }
    }

    /**
     * The brokers create no topics on their own, and neither does the probe: a probe on a misspelt topic
     * fails here instead of watching an empty new topic.
     */
    private static void requireTopic(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                throw new IllegalArgumentException("No topic " + topic + " on the broker: declare it in contracts' Topic,"
                        + " or create a test-only topic with RealServers.createTopic");
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not list the topics of " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
