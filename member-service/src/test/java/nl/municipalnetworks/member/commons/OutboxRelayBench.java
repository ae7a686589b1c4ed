package nl.municipalnetworks.member.commons;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.member.MemberApi;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.RealServers;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;

/**
 * Figures for bench/outbox-relay.sh, not a test (its name keeps it out of the test run; it asserts
 * nothing). Real PostgreSQL and Kafka in this JVM, member-service with the production relay settings.
 * Writes its figures to target/outbox-relay-bench.txt.
 */
@QuarkusTest
@TestProfile(OutboxRelayBench.ProductionRelay.class)
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class OutboxRelayBench {

    public static class ProductionRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The defaults of service-commons, not the test profile's fast timer.
            return Map.of("outbox.relay-interval", System.getProperty("bench.relay-interval", "2s"),
                    "outbox.relay.batch-size", System.getProperty("bench.batch-size", "1000"),
                    "outbox.relay.listen", System.getProperty("bench.listen", "true"));
        }
    }

    static final int JOINS = Integer.getInteger("bench.joins", 250);
    static final int RATE = Integer.getInteger("bench.rate", 25);
    static final int BACKLOG = Integer.getInteger("bench.backlog", 50_000);

    private final List<String> out = new ArrayList<>();

    @Test
    void run() throws Throwable {
        String bootstrap = RealServers.kafkaBootstrapServers();
        createTopic(bootstrap, MemberEvent.TOPIC, 1);
        MemberApi.ensureNetwork("M50");
        line("outbox relay benchmark (%d cores, %s, relay: timer %s, batch %s, listen %s)",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("bench.relay-interval", "2s"), System.getProperty("bench.batch-size", "1000"),
                System.getProperty("bench.listen", "true"));

        // (c) Raw Kafka: a producer with the relay's settings, one record at a time at the same steady rate.
        List<Long> raw = rawKafka(bootstrap);
        // (a) Commit-to-topic at a steady rate of member joins through the API.
        List<Long> joins = joinLatencies(bootstrap);
        line("raw Kafka produce-to-consume (%d records at %d/s):  p50 %6.1f ms   p99 %6.1f ms", raw.size(), RATE, ms(raw, 50), ms(raw, 99));
        line("member join commit-to-topic   (%d joins at %d/s):    p50 %6.1f ms   p99 %6.1f ms", joins.size(), RATE, ms(joins, 50), ms(joins, 99));
        double ratio = ms(joins, 99) / Math.max(0.001, ms(raw, 99));
        line("  target: p99 within 3x raw Kafka (%.1fx) and under 200 ms: %s", ratio,
                ratio <= 3 && ms(joins, 99) < 200 ? "MET" : "NOT MET");

        // (b) A 50,000-event backlog committed at once, plus one join right behind it.
        drain(bootstrap);

        Path file = Path.of("target", "outbox-relay-bench.txt");
        Files.write(file, out, StandardCharsets.UTF_8);
    }

    private List<Long> rawKafka(String bootstrap) throws Exception {
        String topic = "bench-raw-" + System.nanoTime();
        createTopic(bootstrap, topic, 1);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try (Watcher watcher = new Watcher(bootstrap, topic, (r, seen) -> {
            Long sent = sentAt.get(r.key());
            if (sent != null) {
                latencies.add(seen - sent);
            }
        }); KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "warm-up", "x")).get();
            long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
            long next = System.nanoTime();
            for (int i = 0; i < JOINS; i++) {
                sleepUntil(next);
                next += interval;
                String key = "k" + i;
                sentAt.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, "{\"n\":" + i + "}"));
            }
            awaitSize(latencies, JOINS, Duration.ofSeconds(30));
        }
        return new ArrayList<>(latencies);
    }

    private List<Long> joinLatencies(String bootstrap) throws Exception {
        List<String> municipalities = new ArrayList<>();
        for (int i = 0; i < JOINS + 1; i++) {
            municipalities.add(createMunicipality(uniqueName("Benchstad"), uniqueCbsCode(), "Utrecht"));
        }
        ServiceDatabase.awaitOutboxPublished();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        try (Watcher watcher = new Watcher(bootstrap, MemberEvent.TOPIC, (r, seen) -> {
            if (MemberJoined.TYPE.equals(header(r, "ce_type"))) {
                seenAt.putIfAbsent(r.key(), seen);
            }
        })) {
            // One warm-up join, not counted.
            join(municipalities.remove(municipalities.size() - 1));
            long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
            long next = System.nanoTime();
            for (String id : municipalities) {
                sleepUntil(next);
                next += interval;
                join(id);
                // The transaction committed before the API answered: this is just after the commit.
                answeredAt.put(id, System.nanoTime());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!seenAt.keySet().containsAll(answeredAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        List<Long> latencies = new ArrayList<>();
        answeredAt.forEach((id, answered) -> {
            Long seen = seenAt.get(id);
            latencies.add(seen == null ? TimeUnit.SECONDS.toNanos(30) : Math.max(0, seen - answered));
        });
        return latencies;
    }

    private void drain(String bootstrap) throws Throwable {
        String topic = "bench-drain-" + System.nanoTime();
        createTopic(bootstrap, topic, 3);
        String lateJoiner = createMunicipality(uniqueName("Wachtstad"), uniqueCbsCode(), "Utrecht");
        ServiceDatabase.awaitOutboxPublished();
        AtomicInteger received = new AtomicInteger();
        AtomicLong lastSeen = new AtomicLong();
        AtomicLong joinSeen = new AtomicLong();
        try (Watcher drainWatcher = new Watcher(bootstrap, topic, (r, seen) -> {
            received.incrementAndGet();
            lastSeen.set(seen);
        }); Watcher joinWatcher = new Watcher(bootstrap, MemberEvent.TOPIC, (r, seen) -> {
            if (lateJoiner.equals(r.key()) && MemberJoined.TYPE.equals(header(r, "ce_type"))) {
                joinSeen.compareAndSet(0, seen);
            }
        })) {
            // Rows like population-recorded events (about 250 bytes), keyed over 350 municipalities.
            String sql = "insert into outbox_event (id, topic, event_type, source, subject, payload, occurred_at)"
                    + " select gen_random_uuid(), :topic, 'nl.municipalnetworks.member.population-recorded.v1',"
                    + " 'urn:nld:oin:00000000000000000000:systeem:member-service', 'municipality-' || (i % 350),"
                    + " '{\"municipalityId\":\"' || gen_random_uuid() || '\",\"cbsCode\":\"GM' || lpad((i % 350)::text, 4, '0')"
                    + " || '\",\"referenceDate\":\"2026-01-01\",\"inhabitants\":' || (10000 + i) || ',\"seq\":' || i || '}', now()"
                    + " from generate_series(1, " + BACKLOG + ") as i order by i";
            long insertStart = System.nanoTime();
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .flatMap(session -> session.createNativeQuery(sql).setParameter("topic", topic).executeUpdate())));
            long committed = System.nanoTime();
            // A member joins right after the backlog: its event queues behind the 50,000.
            join(lateJoiner);
            long joinAnswered = System.nanoTime();
            long deadline = committed + TimeUnit.MINUTES.toNanos(15);
            while ((received.get() < BACKLOG || joinSeen.get() == 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            double seconds = (lastSeen.get() - committed) / 1e9;
            line("backlog of %,d events (inserted in one transaction in %.1f s) on the topic after %.2f s: %,.0f events/s",
                    BACKLOG, (committed - insertStart) / 1e9, seconds, received.get() / seconds);
            line("  target: drain >= 5,000 events/s: %s%s", received.get() / seconds >= 5000 ? "MET" : "NOT MET",
                    received.get() < BACKLOG ? " (only " + received.get() + " arrived)" : "");
            line("a join committed right behind the backlog reached the topic after %.2f s (head-of-line wait)",
                    joinSeen.get() == 0 ? Double.NaN : (joinSeen.get() - joinAnswered) / 1e9);
        }
    }

    private static void join(String municipalityId) {
        as("m50-secretariat").body(Map.of("network", "M50", "municipalityId", municipalityId, "status", "MEMBER",
                "joinedOn", "2026-01-01")).post("/v1/memberships").then().statusCode(201);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        out.add(text);
        System.out.println(text);
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static void awaitSize(List<?> list, int size, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void createTopic(String bootstrap, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    interface OnRecord {
        void accept(ConsumerRecord<String, String> record, long seenNanos);
    }

    /** A consumer from the topic's end that timestamps every record the moment a poll returns it. */
    static final class Watcher implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;

        Watcher(String bootstrap, String topic, OnRecord onRecord) throws InterruptedException {
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            thread = new Thread(() -> {
                try (consumer) {
                    ready.countDown();
                    while (running) {
                        var records = consumer.poll(Duration.ofMillis(50));
                        long seen = System.nanoTime();
                        records.forEach(r -> onRecord.accept(r, seen));
                    }
                }
            }, "bench-watcher-" + topic);
            thread.setDaemon(true);
            thread.start();
            ready.await();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5000);
        }
    }
}
