package nl.municipalnetworks.pillar.member;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import nl.municipalnetworks.commons.inbox.ProcessedEventLog;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.member.PersonRecorded;
import nl.municipalnetworks.contracts.pillar.ParticipationEnded;
import nl.municipalnetworks.contracts.pillar.PillarEvent;
import nl.municipalnetworks.pillar.PillarApi;
import nl.municipalnetworks.pillar.PillarApi.Member;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.IntegrationEvents.Published;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static nl.municipalnetworks.pillar.PillarApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The consumer through the real broker when Kafka hands it records again:
 * <ul>
 *   <li>a service that stopped after applying an event but before committing its offset gets the event again
 *       from the last committed offset. Here the running consumer is sent back to the event's offset, which is
 *       what it reads after such a restart: the effect (a participation ended, one event announced) happens
 *       once;</li>
 *   <li>a consumer that starts on an empty database after the members exist reads the topic from the
 *       beginning (a new group starts at {@code earliest}) and builds the same view. Here the view rows of a
 *       set of members and their processed-event records are removed and the consumer is sent back to the
 *       beginning of the topic; every other event is replayed onto an intact view and changes nothing.</li>
 * </ul>
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class RedeliveryAndRebuildTest {

    private static final String CHANNEL = "member-events";
    private static final String CONSUMER = "pillar-service/member-events";

    @Inject
    KafkaClientService kafka;

    @Inject
    ProcessedEventLog processedEvents;

    @Test
    void anEventDeliveredAgainAfterARestartBeforeTheCommitEndsTheParticipationsOnce() {
        Member member = PillarApi.member("M50", "Oisterwijk", "GM0824", LocalDate.of(2019, 1, 1));
        String pillar = PillarApi.pillar("M50", PillarApi.uniqueCode("herstart"), "Herstart", "2019-01-01");
        String participation = as("m50-secretariat").body(Map.of("municipalityId", member.municipalityId(),
                        "pillarId", pillar, "officialId", member.officialId(), "startedOn", "2025-02-01"))
                .post("/v1/participations").then().statusCode(201).extract().path("id");
        ServiceDatabase.awaitOutboxPublished();

        try (TopicProbe pillarEvents = TopicProbe.forTopic(PillarEvent.TOPIC)) {
            Published ended = IntegrationEvents.send(UUID.randomUUID(), new MembershipEnded(member.membershipId(), "M50",
                    member.municipalityId(), LocalDate.of(2025, 12, 31)));
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(ended.id()) == 1);
            double redeliveredBefore = processedEvents.redelivered(CONSUMER).count();

            consumer().seek(new TopicPartition(ended.topic(), ended.partition()), ended.offset()).await().atMost(Duration.ofSeconds(10));
            // Same key, so same partition, after the event: once it is applied, the redelivery was handled.
            UUID marker = IntegrationEvents.publish(new MunicipalityRegistered(member.municipalityId(), "GM0824", "Oisterwijk", "Noord-Brabant", null));
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(marker) == 1);

            assertThat(processedEvents.redelivered(CONSUMER).count() - redeliveredBefore)
                    .as("the event was delivered again and skipped").isGreaterThanOrEqualTo(1);
            assertThat(MemberViewProbe.processed(ended.id())).isEqualTo(1);
            as("m50-secretariat").get("/v1/participations?network=M50&all=true&municipalityId=" + member.municipalityId())
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].id", equalTo(participation))
                    .body("items[0].endedOn", equalTo("2025-12-31"));
            ServiceDatabase.awaitOutboxPublished();
            assertThat(pillarEvents.pollAll(Duration.ofSeconds(3)).stream().filter(r -> participation.equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader("ce_type").value())))
                    .containsExactly(ParticipationEnded.TYPE);
        }
    }

    @Test
    void aConsumerStartingOnAnEmptyViewAfterTheMembersExistBuildsTheSameView() {
        // A history: two municipalities join, one has people, one leaves, then merges into the other.
        UUID haaren = UUID.randomUUID();
        UUID vught = UUID.randomUUID();
        UUID haarenMembership = UUID.randomUUID();
        UUID vughtMembership = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        List<UUID> events = new ArrayList<>();
        events.add(IntegrationEvents.publish(new MunicipalityRegistered(haaren, "GM0788", "Haaren", "Noord-Brabant", null)));
        events.add(IntegrationEvents.publish(new MunicipalityRegistered(vught, "GM0865", "Vught", "Noord-Brabant", null)));
        events.add(IntegrationEvents.publish(new MemberJoined(haarenMembership, "M50", haaren, "Haaren", LocalDate.of(2019, 1, 1))));
        events.add(IntegrationEvents.publish(new MemberJoined(vughtMembership, "M50", vught, "Vught", LocalDate.of(2020, 1, 1))));
        events.add(IntegrationEvents.publish(new PersonRecorded(person, haaren, "Joëlle", "d'Hondt")));
        events.add(IntegrationEvents.publish(new MunicipalityMerged(UUID.randomUUID(), vught, "Vught", "GM0865",
                LocalDate.of(2021, 1, 1), List.of(new MunicipalityMerged.MergedMunicipality(haaren, "Haaren", "GM0788")),
                List.of(new MunicipalityMerged.EndedMembership(haarenMembership, "M50", haaren, LocalDate.of(2020, 12, 31))),
                List.of())));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().allMatch(id -> MemberViewProbe.processed(id) == 1));
        String viewOfTheseMembers = view(Set.of(haaren, vught));
        String viewOfAllOthers = viewWithout(Set.of(haaren, vught));
        assertThat(viewOfTheseMembers).contains("Haaren", "Vught", "2020-12-31", "d'Hondt");

        // An empty view for these members: as a database that never saw their events.
        String ids = Set.of(haaren, vught).stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        ServiceDatabase.execute("delete from membership where municipality_id in (" + ids + ")");
        ServiceDatabase.execute("delete from person where municipality_id in (" + ids + ")");
        ServiceDatabase.execute("delete from municipality where id in (" + ids + ")");
        ServiceDatabase.execute("delete from processed_event where event_id in ("
                + events.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ")");
        assertThat(view(Set.of(haaren, vught))).isEmpty();

        KafkaConsumer<Object, Object> consumer = consumer();
        Set<TopicPartition> partitions = consumer.getAssignments().await().atMost(Duration.ofSeconds(10));
        consumer.seekToBeginning(partitions).await().atMost(Duration.ofSeconds(10));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(id -> MemberViewProbe.processed(id) == 1));
        assertThat(view(Set.of(haaren, vught))).isEqualTo(viewOfTheseMembers);
        assertThat(viewWithout(Set.of(haaren, vught))).as("the replay changed nothing else").isEqualTo(viewOfAllOthers);
    }

    private KafkaConsumer<Object, Object> consumer() {
        return kafka.getConsumer(CHANNEL);
    }

    /** The view rows of these municipalities (municipality, memberships, people) as text, in a fixed order. */
    private static String view(Set<UUID> municipalities) {
        String ids = municipalities.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return ServiceDatabase.text("select coalesce(string_agg(row, E'\\n' order by row), '') from ("
                + " select 'municipality ' || m::text as row from municipality m where id in (" + ids + ")"
                + " union all select 'membership ' || ms::text from membership ms where municipality_id in (" + ids + ")"
                + " union all select 'person ' || p::text from person p where municipality_id in (" + ids + ")) rows");
    }

    /** A fingerprint of every other row of the view. */
    private static String viewWithout(Set<UUID> municipalities) {
        String ids = municipalities.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return ServiceDatabase.text("select md5(coalesce(string_agg(row, E'\\n' order by row), '')) from ("
                + " select 'municipality ' || m::text as row from municipality m where id not in (" + ids + ")"
                + " union all select 'membership ' || ms::text from membership ms where municipality_id not in (" + ids + ")"
                + " union all select 'person ' || p::text from person p where municipality_id is null or municipality_id not in (" + ids + ")) rows");
    }
}
