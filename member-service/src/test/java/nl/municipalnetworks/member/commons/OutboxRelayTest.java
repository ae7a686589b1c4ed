package nl.municipalnetworks.member.commons;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.testsupport.RealServers;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.createProspect;
import static nl.municipalnetworks.member.MemberApi.newEventsProbe;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay with its timer set to an hour: whatever reaches the topic within the test's
 * waits was published because the writing transaction committed (NOTIFY), not by the timer.
 */
@QuarkusTest
@TestProfile(OutboxRelayTest.TimerAnHourAway.class)
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class OutboxRelayTest {

    public static class TimerAnHourAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A batch size that the backlog below is not a multiple of, so the drain crosses several batches.
            return Map.of("outbox.relay-interval", "1h", "outbox.relay.batch-size", "500");
        }
    }

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    @Test
    void aJoinReachesTheTopicOnCommitWithoutTheTimer() {
        String municipalityId = createMunicipality(uniqueName("Signaalstad"), uniqueCbsCode(), "Utrecht");
        String membershipId = createProspect(municipalityId);
        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").body(Map.of("status", "MEMBER", "effectiveOn", "2026-01-01"))
                    .post("/v1/memberships/" + membershipId + "/status-changes").then().statusCode(200);

            // Well before the timer (an hour) could fire.
            List<ConsumerRecord<String, String>> records = probe.poll(Duration.ofSeconds(10), 1);
            assertThat(records).hasSize(1);
            assertThat(header(records.get(0), "ce_type")).isEqualTo(MemberJoined.TYPE);
            assertThat(records.get(0).key()).isEqualTo(municipalityId);
        }
    }

    @Test
    void aBacklogAndABurstDrainCompletelyOnceAndInOrderPerKey() throws Throwable {
        String topic = "outbox-relay-test-" + UUID.randomUUID();
        RealServers.createTopic(topic, 3);
        int backlog = 3_217;
        int burstTransactions = 60;
        int perBurst = 5;
        int keys = 7;
        int expected = backlog + burstTransactions * perBurst;

        try (TopicProbe probe = new TopicProbe(RealServers.kafkaBootstrapServers(), topic)) {
            // One transaction with a few thousand rows (like an import) ...
            insert(topic, 1, backlog, keys);
            // ... and, while it drains, many small commits of several keys (each one signals the relay).
            int seq = backlog;
            for (int t = 0; t < burstTransactions; t++) {
                insert(topic, seq + 1, perBurst, keys);
                seq += perBurst;
            }

            List<ConsumerRecord<String, String>> records = new ArrayList<>(probe.poll(Duration.ofSeconds(60), expected));
            assertThat(records).as("records on the topic").hasSize(expected);
            // Nothing more comes: every row was published exactly once.
            records.addAll(probe.pollAll(Duration.ofSeconds(2)));
            assertThat(records).as("records on the topic after waiting for duplicates").hasSize(expected);

            Set<String> ids = new HashSet<>();
            records.forEach(r -> ids.add(header(r, "ce_id")));
            assertThat(ids).hasSize(expected);

            Map<String, List<Integer>> seqByKey = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> r : records) {
                Matcher m = SEQ.matcher(r.value());
                assertThat(m.find()).isTrue();
                seqByKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(Integer.parseInt(m.group(1)));
            }
            assertThat(seqByKey).hasSize(keys);
            seqByKey.forEach((key, seqs) -> assertThat(seqs).as("order of key " + key).isSorted());
            assertThat(seqByKey.values().stream().mapToInt(List::size).sum()).isEqualTo(expected);
        }
        assertThat(unpublishedOn(topic)).isZero();
    }

    /** Rows seq from..from+count-1 in one transaction, in seq order, keyed round robin over {@code keys} keys. */
    private static void insert(String topic, int from, int count, int keys) throws Throwable {
        String sql = "insert into outbox_event (id, topic, event_type, source, subject, payload, occurred_at)"
                + " select gen_random_uuid(), :topic, 'nl.municipalnetworks.test.relay.v1', 'urn:test:relay',"
                + " 'key-' || (i % " + keys + "), '{\"seq\":' || i || '}', now()"
                + " from generate_series(cast(:from as integer), cast(:to as integer)) as i order by i";
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql)
                        .setParameter("topic", topic)
                        .setParameter("from", from)
                        .setParameter("to", from + count - 1)
                        .executeUpdate())));
    }

    private static long unpublishedOn(String topic) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "select count(*) from outbox_event where topic = :topic and published_at is null", Long.class)
                        .setParameter("topic", topic)
                        .getSingleResult())));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
