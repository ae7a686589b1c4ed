package nl.municipalnetworks.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test resource and helpers against the real servers, without a Quarkus application. */
class RealServersResourceTest {

    @Test
    void resourceCreatesTheDatabaseAndReturnsTheConfig() throws Exception {
        RealServersResource resource = new RealServersResource();
        resource.init(Map.of(RealServersResource.DATABASE, "member"));
        Map<String, String> config = resource.start();

        assertThat(config).containsOnlyKeys(
                "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url",
                "quarkus.datasource.username", "quarkus.datasource.password",
                "kafka.bootstrap.servers", "quarkus.oidc.auth-server-url", "test.keycloak.url");
        assertThat(config.get("quarkus.datasource.reactive.url")).matches("postgresql://127\\.0\\.0\\.1:\\d+/member");
        assertThat(config.get("quarkus.oidc.auth-server-url"))
                .matches("http://127\\.0\\.0\\.1:\\d+/realms/municipal-networks")
                .isEqualTo(config.get("test.keycloak.url"));
        assertThat(config.get("kafka.bootstrap.servers")).matches("127\\.0\\.0\\.1:\\d+");

        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }

        // A second start (another test class, a Quarkus restart) reuses the same servers.
        RealServersResource again = new RealServersResource();
        again.init(Map.of());
        Map<String, String> second = again.start();
        assertThat(second).doesNotContainKey("quarkus.datasource.jdbc.url")
                .containsEntry("kafka.bootstrap.servers", config.get("kafka.bootstrap.servers"))
                .containsEntry("test.keycloak.url", config.get("test.keycloak.url"));
    }

    @Test
    void topicProbeSeesOnlyRecordsPublishedAfterItsCreation() throws Exception {
        String topic = "probe-test";
        RealServers.createTopic(topic, 1);
        send(topic, "leftover of an earlier test");
        try (TopicProbe probe = TopicProbe.forTopic(topic)) {
            send(topic, "first");
            send(topic, "second");

            List<ConsumerRecord<String, String>> records = probe.poll(Duration.ofSeconds(10), 2);

            assertThat(records).extracting(ConsumerRecord::value).containsExactly("first", "second");
            assertThat(probe.pollAll(Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void topicProbeRefusesATopicThatDoesNotExist() {
        assertThatThrownBy(() -> TopicProbe.forTopic("member-event"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No topic member-event");
    }

    @Test
    void userTokenCarriesTheClaimsServicesRelyOn() {
        Map<String, Object> claims = TestTokens.claims(TestTokens.forUser("zeist-official"));

        assertThat(claims).containsEntry("network", "M50").containsEntry("municipality", "GM0355")
                .containsEntry("preferred_username", "zeist-official")
                .containsEntry("iss", TestTokens.issuerUrl());
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
        assertThat(roles).contains("member-official");
        assertThat(TestTokens.forUser("zeist-official")).as("cached").isSameAs(TestTokens.forUser("zeist-official"));
    }

    @Test
    void clientTokenForTheNetworkClient() {
        Map<String, Object> claims = TestTokens.claims(
                TestTokens.forClient("vng-network-client", "vng-network-client-secret"));

        assertThat(claims).containsEntry("azp", "vng-network-client").containsEntry("network", "VNG");
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
        assertThat(roles).contains("network-client");
    }

    private static void send(String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, value)).get();
        }
    }
}
