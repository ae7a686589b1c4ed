package nl.municipalnetworks.localplatform;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventWatchTest {

    private static final long RECORD_TIME = Instant.parse("2026-11-23T10:15:30.500Z").toEpochMilli();

    @Test
    void aCloudEventShowsItsTimeTypeKeyPlaceAndBody() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", bytes("nl.municipalnetworks.member.joined.v1"));
        headers.add("ce_time", bytes("2026-11-23T10:15:30.123456Z"));
        headers.add("ce_id", bytes("7f1c"));

        String line = EventWatch.line(record("3b5d-zeist", "{\"network\":\"M50\",\"since\":\"2026-01-01\"}\n", headers));

        assertEquals("2026-11-23T10:15:30.123456Z  nl.municipalnetworks.member.joined.v1  key=3b5d-zeist  [2@41]"
                + "  {\"network\":\"M50\",\"since\":\"2026-01-01\"}", line);
    }

    @Test
    void aRecordWithoutEventHeadersShowsTheRecordTimestampAndNoType() {
        String line = EventWatch.line(record(null, "plain text", new RecordHeaders()));

        assertEquals("2026-11-23T10:15:30.500Z  -  key=-  [2@41]  plain text", line);
    }

    @Test
    void aTombstoneSaysSo() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", bytes("nl.municipalnetworks.member.joined.v1"));

        String line = EventWatch.line(record("k", null, headers));

        assertEquals("2026-11-23T10:15:30.500Z  nl.municipalnetworks.member.joined.v1  key=k  [2@41]"
                + "  (no body: tombstone)", line);
    }

    @Test
    void optionsDefaultToTheMemberEventsOfThePlatformFromNow() {
        assertEquals(new EventWatch.Options("member-events", false, "127.0.0.1:19092"),
                EventWatch.Options.parse(List.of()));
        assertEquals(new EventWatch.Options("other-events", true, "127.0.0.1:29092"),
                EventWatch.Options.parse(List.of("--from-beginning", "other-events", "--bootstrap", "127.0.0.1:29092")));
    }

    @Test
    void unknownOptionsAndASecondTopicAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EventWatch.Options.parse(List.of("--from-start")));
        assertThrows(IllegalArgumentException.class, () -> EventWatch.Options.parse(List.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> EventWatch.Options.parse(List.of("--bootstrap")));
    }

    private static ConsumerRecord<byte[], byte[]> record(String key, String value, RecordHeaders headers) {
        byte[] keyBytes = key == null ? null : bytes(key);
        byte[] valueBytes = value == null ? null : bytes(value);
        return new ConsumerRecord<>("member-events", 2, 41L, RECORD_TIME, TimestampType.CREATE_TIME,
                keyBytes == null ? -1 : keyBytes.length, valueBytes == null ? -1 : valueBytes.length,
                keyBytes, valueBytes, headers, Optional.empty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
