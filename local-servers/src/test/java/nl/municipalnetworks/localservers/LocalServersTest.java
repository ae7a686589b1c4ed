package nl.municipalnetworks.localservers;

import nl.municipalnetworks.contracts.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts the three real servers (in parallel, as test-support does) and checks each one end to end. */
class LocalServersTest {

    static PostgresServer postgres;
    static KafkaBroker kafka;
    static KeycloakServer keycloak;

    @BeforeAll
    static void startServers() throws Exception {
        var postgresStart = CompletableFuture.supplyAsync(() -> call(PostgresServer::startTemporary));
        var kafkaStart = CompletableFuture.supplyAsync(() -> call(KafkaBroker::start));
        var keycloakStart = CompletableFuture.supplyAsync(() -> call(() -> KeycloakServer.start(0)));
        postgres = postgresStart.join();
        kafka = kafkaStart.join();
        keycloak = keycloakStart.join();
    }

    @AfterAll
    static void stopServers() throws Exception {
        int postgresPort = postgres.port();
        int keycloakPort = keycloak.port();
        int kafkaPort = Integer.parseInt(kafka.bootstrapServers().replaceAll(".*:", ""));
        keycloak.close();
        kafka.close();
        postgres.close();
        assertThat(Support.accepts(postgresPort)).as("postgres port closed").isFalse();
        assertThat(Support.accepts(keycloakPort)).as("keycloak port closed").isFalse();
        assertThat(Support.accepts(kafkaPort)).as("kafka port closed").isFalse();
    }

    @Test
    void postgresAnswersOnANewDatabase() throws Exception {
        postgres.createDatabaseIfMissing("proof");
        postgres.createDatabaseIfMissing("proof"); // idempotent

        assertThat(postgres.jdbcUrl("proof")).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/proof");
        assertThat(postgres.reactiveUrl("proof")).isEqualTo("postgresql://127.0.0.1:" + postgres.port() + "/proof");
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("proof"),
                postgres.username(), postgres.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1, current_database(), version()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
            assertThat(rows.getString(2)).isEqualTo("proof");
            assertThat(rows.getString(3)).startsWith("PostgreSQL 18");
        }
    }

    @Test
    void postgresRejectsUnsafeDatabaseNames() {
        assertThatThrownBy(() -> postgres.createDatabaseIfMissing("x; drop database postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postgresKeepsDataInAGivenDirectory(@TempDir Path dataDirectory) throws Exception {
        try (PostgresServer first = PostgresServer.start(0, dataDirectory)) {
            first.createDatabaseIfMissing("kept");
            execute(first.jdbcUrl("kept"), "create table survivor (name text); insert into survivor values ('still here')");
        }
        try (PostgresServer second = PostgresServer.start(0, dataDirectory)) {
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl("kept"), "postgres", "postgres");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select name from survivor")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void kafkaDeliversAProducedRecord() {
        assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
        kafka.createTopics("proof-topic");
        kafka.createTopics("proof-topic"); // idempotent
        assertThat(roundTrip(kafka.bootstrapServers(), "proof-topic", "hello")).containsExactly("hello");
    }

    @Test
    void theInJvmBrokerCannotEndTheJvmItIsAGuestIn() {
        // Without KafkaBroker's procedures this halts the test JVM (exit code 1) and the build fails.
        assertThatThrownBy(() -> org.apache.kafka.common.utils.Exit.halt(1, "all log dirs have failed"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("halt the JVM with 1");
        assertThatThrownBy(() -> org.apache.kafka.common.utils.Exit.exit(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void kafkaHoldsTheDeclaredTopicsAndCreatesNoOthersByItself() throws Exception {
        kafka.createDeclaredTopics();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(Topic.MEMBER_EVENTS.name())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topic.MEMBER_EVENTS.name()).partitions()).hasSize(Topic.MEMBER_EVENTS.partitions());
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("undeclared-topic", "k", "v")).get(10, TimeUnit.SECONDS))
                    .as("no auto-creation of undeclared topics").isNotNull();
        }
    }

    @Test
    void officialTokenCarriesNetworkMunicipalityAndRole() {
        String token = Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "zeist-official", "zeist-official");
        Map<String, Object> claims = Tokens.claims(token);

        assertThat(claims)
                .containsEntry("iss", "http://127.0.0.1:" + keycloak.port() + "/realms/municipal-networks")
                .containsEntry("network", "M50")
                .containsEntry("municipality", "GM0355")
                .containsEntry("preferred_username", "zeist-official")
                .containsKey("sub");
        assertThat(realmRoles(claims)).contains("member-official").doesNotContain("secretariat");
        @SuppressWarnings("unchecked")
        List<String> audience = (List<String>) claims.get("aud");
        assertThat(audience).contains("member-service", "gateway");
    }

    @Test
    void everyTestUserCanLogInWithHisRole() {
        Map<String, String> roleOfUser = Map.of(
                "platform-admin", "platform-admin",
                "m50-secretariat", "secretariat",
                "m50-board", "board",
                "m50-treasurer", "treasurer",
                "m50-pillar-chair", "pillar-chair",
                "waalwijk-official", "member-official",
                "platform31-partner", "partner",
                "g40-secretariat", "secretariat");
        roleOfUser.forEach((user, role) -> {
            Map<String, Object> claims = Tokens.claims(
                    Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", user, user));
            assertThat(realmRoles(claims)).as(user).contains(role);
        });
        Map<String, Object> g40 = Tokens.claims(
                Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "g40-secretariat", "g40-secretariat"));
        assertThat(g40).containsEntry("network", "G40").containsEntry("municipality", "GM0150");
        Map<String, Object> partner = Tokens.claims(
                Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "platform31-partner", "platform31-partner"));
        assertThat(partner).containsEntry("network", "M50").doesNotContainKey("municipality");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> Tokens.passwordGrant(keycloak.issuerUrl(), "web-portal", "m50-board", "nope"))
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void networkClientGetsATokenWithClientCredentials() {
        String token = Tokens.clientCredentials(keycloak.issuerUrl(), "vng-network-client", "vng-network-client-secret");
        Map<String, Object> claims = Tokens.claims(token);

        assertThat(claims).containsEntry("azp", "vng-network-client").containsEntry("network", "VNG");
        assertThat(realmRoles(claims)).contains("network-client");
    }

    // ---- helpers ------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static List<String> realmRoles(Map<String, Object> claims) {
        return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
    }

    static List<String> roundTrip(String bootstrapServers, String topic, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return consume(bootstrapServers, topic, 1);
    }

    static List<String> consume(String bootstrapServers, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "proof-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    static void execute(String jdbcUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    interface Starter<T> {
        T start() throws Exception;
    }

    static <T> T call(Starter<T> starter) {
        try {
            return starter.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
