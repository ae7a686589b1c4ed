package nl.municipalnetworks.localplatform;

import nl.municipalnetworks.contracts.member.MemberEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./platform events [topic] [--from-beginning] [--bootstrap host:port]}: prints the events on a topic as
 * they arrive, one line each (time, type, key, partition/offset, body), until Ctrl-C. A plain consumer without a
 * consumer group: it commits nothing and disturbs no service. From now on by default, from the first event kept
 * with {@code --from-beginning}.
 */
final class EventWatch {

    static final String DEFAULT_TOPIC = MemberEvent.TOPIC;
    static final String DEFAULT_BOOTSTRAP = Platform.HOST + ":" + Ports.LOCAL.kafka();

    /** What the command line asked for. */
    record Options(String topic, boolean fromBeginning, String bootstrapServers) {

        static Options parse(List<String> args) {
            String topic = DEFAULT_TOPIC;
            boolean fromBeginning = false;
            String bootstrap = DEFAULT_BOOTSTRAP;
            boolean topicGiven = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--from-beginning" -> fromBeginning = true;
                    case "--bootstrap" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--bootstrap needs host:port");
                        }
                        bootstrap = args.get(++i);
                    }
                    default -> {
                        if (arg.startsWith("-") || topicGiven) {
                            throw new IllegalArgumentException("Unknown argument for events: " + arg);
                        }
                        topic = arg;
                        topicGiven = true;
                    }
                }
            }
            return new Options(topic, fromBeginning, bootstrap);
        }
    }

    private EventWatch() {
    }

    /**
     * One line for a record: the event's time ({@code ce_time}, else the record's timestamp), its type
     * ({@code ce_type}, else "-"), the key, where it is on the topic, and the body as sent.
     */
    static String line(ConsumerRecord<byte[], byte[]> record) {
        String time = header(record, "ce_time");
        if (time == null) {
            time = Instant.ofEpochMilli(record.timestamp()).toString();
        }
        String type = header(record, "ce_type");
        String key = record.key() == null ? "-" : new String(record.key(), StandardCharsets.UTF_8);
        String body = record.value() == null ? "(no body: tombstone)"
                : new String(record.value(), StandardCharsets.UTF_8).strip();
        return String.format("%s  %s  key=%s  [%d@%d]  %s", time, type == null ? "-" : type, key,
                record.partition(), record.offset(), body);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Runs until Ctrl-C (or SIGTERM); returns the exit code. */
    static int run(Options options, PrintStream out) {
        if (!reachable(options.bootstrapServers())) {
            out.printf("No Kafka on %s: is the platform running? Start it with ./platform up.%n",
                    options.bootstrapServers());
            return 1;
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "platform-events-watch");
        CountDownLatch closed = new CountDownLatch(1);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup();
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    main.interrupt();
                }
            }, "events-stop"));
            try {
                List<TopicPartition> partitions = awaitPartitions(consumer, options.topic(), out);
                consumer.assign(partitions);
                if (options.fromBeginning()) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                    partitions.forEach(consumer::position); // fix "now" before the first poll
                }
                out.printf("Watching %s on %s (%d partition%s) %s; Ctrl-C stops.%n", options.topic(),
                        options.bootstrapServers(), partitions.size(), partitions.size() == 1 ? "" : "s",
                        options.fromBeginning() ? "from the beginning" : "from now on");
                out.println("time  type  key  [partition@offset]  body");
                while (true) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                        out.println(line(record));
                    }
                    out.flush();
                }
            } catch (WakeupException stop) {
                return 0;
            }
        } finally {
            closed.countDown();
        }
    }

    /** The topic's partitions; waits (saying so once) while the topic does not exist yet. */
    private static List<TopicPartition> awaitPartitions(KafkaConsumer<byte[], byte[]> consumer, String topic,
                                                        PrintStream out) {
        boolean told = false;
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty()) {
                List<TopicPartition> partitions = new ArrayList<>();
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                return partitions;
            }
            if (!told) {
                out.printf("Topic %s does not exist (yet); waiting for it. Ctrl-C stops.%n", topic);
                told = true;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WakeupException();
            }
        }
    }

    private static boolean reachable(String bootstrapServers) {
        for (String server : bootstrapServers.split(",")) {
            int colon = server.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(server.substring(0, colon),
                        Integer.parseInt(server.substring(colon + 1))), 2000);
                return true;
            } catch (IOException | NumberFormatException e) {
                // try the next one
            }
        }
        return false;
    }
}
