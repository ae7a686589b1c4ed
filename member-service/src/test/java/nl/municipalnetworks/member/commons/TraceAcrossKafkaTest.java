package nl.municipalnetworks.member.commons;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.Arc;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.municipalnetworks.contracts.member.MemberEvent;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static nl.municipalnetworks.member.MemberApi.as;
import static nl.municipalnetworks.member.MemberApi.createMunicipality;
import static nl.municipalnetworks.member.MemberApi.createProspect;
import static nl.municipalnetworks.member.MemberApi.newEventsProbe;
import static nl.municipalnetworks.member.MemberApi.uniqueCbsCode;
import static nl.municipalnetworks.member.MemberApi.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One trace from the HTTP request through the outbox, the relay and the real broker to a consumer:
 * the caller's {@code traceparent} reaches the Kafka record's headers, and a Reactive Messaging
 * consumer of the topic continues the trace. Spans are collected by an in-memory exporter; the
 * exporter and the consumer exist only in this class's profile (a build property), so the other
 * tests run with the configuration services really get.
 */
@QuarkusTest
@TestProfile(TraceAcrossKafkaTest.SpansInMemoryAndAConsumer.class)
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class TraceAcrossKafkaTest {

    static final String ENABLED = "test.trace-across-kafka.enabled";
    static final String CHANNEL = "trace-across-kafka";

    public static class SpansInMemoryAndAConsumer implements QuarkusTestProfile {
        private static final String GROUP = "trace-across-kafka-" + UUID.randomUUID();

        @Override
        public Map<String, String> getConfigOverrides() {
            String in = "mp.messaging.incoming." + CHANNEL + ".";
            return Map.of(
                    ENABLED, "true",
                    // Hand finished spans to the exporter at once instead of every 5 s.
                    "quarkus.otel.bsp.schedule.delay", "10ms",
                    in + "connector", "smallrye-kafka",
                    in + "topic", MemberEvent.TOPIC,
                    in + "value.deserializer", StringDeserializer.class.getName(),
                    // A new group reading from the start cannot miss the record while it joins.
                    in + "group.id", GROUP,
                    in + "auto.offset.reset", "earliest");
        }
    }

    @Singleton
    @IfBuildProperty(name = ENABLED, stringValue = "true")
    public static class Spans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    /** A consumer like the ones other services will have; its span is what the test looks for. */
    @ApplicationScoped
    @IfBuildProperty(name = ENABLED, stringValue = "true")
    public static class MemberEventsConsumer {
        @Incoming(CHANNEL)
        void consume(String event) {
            // The connector opens and closes the consumer span around the delivery; nothing to do here.
        }
    }

    @Test
    void theCallersTraceFollowsTheEventThroughKafkaToAConsumer() {
        String municipalityId = createMunicipality(uniqueName("Spoorstad"), uniqueCbsCode(), "Gelderland");
        String membershipId = createProspect(municipalityId);
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(randomBytes(16));
        String callerSpanId = hex.formatHex(randomBytes(8));

        String traceparent;
        try (TopicProbe probe = newEventsProbe()) {
            as("m50-secretariat").header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .body(Map.of("status", "MEMBER", "effectiveOn", "2026-01-01"))
                    .post("/v1/memberships/" + membershipId + "/status-changes").then().statusCode(200);

            List<ConsumerRecord<String, String>> records = probe.poll(Duration.ofSeconds(10), 1);
            assertThat(records).hasSize(1);
            assertThat(header(records.get(0), "ce_type")).isEqualTo(MemberJoined.TYPE);
            traceparent = header(records.get(0), "traceparent");
        }
        // The record carries the caller's trace: 00-<trace id>-<span of the request that recorded the event>-01.
        assertThat(traceparent).as("traceparent header of the record").matches("00-" + traceId + "-[0-9a-f]{16}-01");
        String recordSpanId = traceparent.split("-")[2];

        SpanData server = awaitSpan(traceId, SpanKind.SERVER);
        assertThat(server.getParentSpanId()).as("the request continues the caller's span").isEqualTo(callerSpanId);
        assertThat(recordSpanId).as("the header names the request's span").isEqualTo(server.getSpanId());

        SpanData consumer = awaitSpan(traceId, SpanKind.CONSUMER);
        assertThat(consumer.getParentSpanId()).as("the consumer continues from the record").isEqualTo(server.getSpanId());
        assertThat(consumer.getName()).contains(MemberEvent.TOPIC);
        assertThat(spansOf(traceId, SpanKind.PRODUCER)).as("no producer span per record (the relay writes the header)").isEmpty();
    }

    /** The one span of this kind in the trace, once the exporter has it. */
    private static SpanData awaitSpan(String traceId, SpanKind kind) {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(15))
                .until(() -> spansOf(traceId, kind), found -> found.size() == 1)
                .get(0);
    }

    private static List<SpanData> spansOf(String traceId, SpanKind kind) {
        // Looked up, not injected: the bean exists in this profile only.
        InMemorySpanExporter spans = Arc.container().instance(InMemorySpanExporter.class).get();
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getKind() == kind)
                .toList();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
