package nl.municipalnetworks.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.municipalnetworks.contracts.IntegrationEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes another service's events on the test broker as its outbox relay does (binary CloudEvents
 * binding: ce_ headers, JSON body, subject as key), so that a consumer is tested through the real broker
 * without running the publishing service.
 */
public final class IntegrationEvents {

    /** Where a published event landed: the consumer reads it from this partition and offset. */
    public record Published(UUID id, String topic, int partition, long offset) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static KafkaProducer<String, String> producer;

    private IntegrationEvents() {
    }

    /** @return the CloudEvents id, for publishing the same event again (a duplicate delivery) */
    public static UUID publish(IntegrationEvent event) {
        return publish(UUID.randomUUID(), event);
    }

    public static UUID publish(UUID id, IntegrationEvent event) {
        return send(id, event).id();
    }

    public static Published send(UUID id, IntegrationEvent event) {
        try {
            return sendRaw(id, event.type(), event.topic(), event.subject(), JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any body under any type: for events a consumer cannot read. */
    public static UUID publishRaw(UUID id, String type, String topic, String key, String body) {
        return sendRaw(id, type, topic, key, body).id();
    }

    private static Published sendRaw(UUID id, String type, String topic, String key, String body) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, body);
        // nl.municipalnetworks.member.joined.v1 is published by member-service.
        String service = type.split("\\.").length > 2 ? type.split("\\.")[2] + "-service" : "unknown-service";
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "urn:nld:oin:00000000000000000000:systeem:" + service);
        header(record, "ce_subject", key);
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        try {
            RecordMetadata sent = producer().send(record).get();
            return new Published(id, sent.topic(), sent.partition(), sent.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        }
        return producer;
    }
}
