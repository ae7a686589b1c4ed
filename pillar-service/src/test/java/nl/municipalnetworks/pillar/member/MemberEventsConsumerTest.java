package nl.municipalnetworks.pillar.member;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.Topic;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.pillar.ParticipationEnded;
import nl.municipalnetworks.contracts.pillar.PillarEvent;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.pillar.PillarApi;
import nl.municipalnetworks.pillar.PillarApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.pillar.PillarApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * member-service's events reach pillar-service through the real broker: a membership that ends ends the
 * municipality's participations exactly once, also when the event is delivered twice; a merger moves them; an
 * event that cannot be processed lands on the dead-letter topic with the reason and does not stop the others.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "pillar"))
class MemberEventsConsumerTest {

    @Test
    void aMembershipThatEndsEndsTheParticipationsExactlyOnceEvenWhenDeliveredTwice() {
        Member zeist = PillarApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        String pillar = pillar("M50");
        String participation = as("m50-secretariat").body(Map.of("municipalityId", zeist.municipalityId(),
                        "pillarId", pillar, "officialId", zeist.officialId(), "supporterId", zeist.supporterId(),
                        "startedOn", "2025-02-01"))
                .post("/v1/participations").then().statusCode(201).extract().path("id");

        try (TopicProbe pillarEvents = TopicProbe.forTopic(PillarEvent.TOPIC)) {
            UUID eventId = UUID.randomUUID();
            MembershipEnded ended = new MembershipEnded(zeist.membershipId(), "M50", zeist.municipalityId(),
                    LocalDate.of(2025, 12, 31));
            IntegrationEvents.publish(eventId, ended);
            IntegrationEvents.publish(eventId, ended);
            // A later event about the same municipality: once it is applied, both deliveries before it were handled.
            UUID marker = IntegrationEvents.publish(new MunicipalityRegistered(zeist.municipalityId(), "GM0355", "Zeist", "Utrecht", null));
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(marker) == 1);

            assertThat(MemberViewProbe.processed(eventId)).isEqualTo(1);
            as("m50-secretariat").get("/v1/participations?network=M50&all=true&municipalityId=" + zeist.municipalityId())
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items.size()", equalTo(1))
                    .body("items[0].id", equalTo(participation))
                    .body("items[0].endedOn", equalTo("2025-12-31"))
                    .body("items[0].endReason", equalTo("MEMBERSHIP_ENDED"));
            // Without all=true the ended one is neither listed nor counted.
            as("m50-secretariat").get("/v1/participations?network=M50&municipalityId=" + zeist.municipalityId())
                    .then().statusCode(200)
                    .body("totalItems", equalTo(0))
                    .body("items.size()", equalTo(0));
            List<ConsumerRecord<String, String>> announced = pillarEvents.pollAll(Duration.ofSeconds(3)).stream()
                    .filter(r -> participation.equals(r.key())).toList();
            assertThat(announced).extracting(r -> header(r, "ce_type")).containsExactly(ParticipationEnded.TYPE);
        }
    }

    @Test
    void aMergerMovesParticipationsToTheSuccessorThatIsAMember() {
        Member merged = PillarApi.member("M50", "Heerhugowaard", "GM0398", LocalDate.of(2019, 1, 1));
        Member successor = PillarApi.member("M50", "Dijk en Waard", "GM1980", LocalDate.of(2022, 1, 1));
        String pillar = pillar("M50");
        String participation = as("m50-secretariat").body(Map.of("municipalityId", merged.municipalityId(),
                        "pillarId", pillar, "officialId", merged.officialId(), "startedOn", "2021-03-01"))
                .post("/v1/participations").then().statusCode(201).extract().path("id");

        UUID eventId = IntegrationEvents.publish(new MunicipalityMerged(UUID.randomUUID(), successor.municipalityId(),
                "Dijk en Waard", "GM1980", LocalDate.of(2022, 1, 1),
                List.of(new MunicipalityMerged.MergedMunicipality(merged.municipalityId(), "Heerhugowaard", "GM0398")),
                List.of(new MunicipalityMerged.EndedMembership(merged.membershipId(), "M50", merged.municipalityId(),
                        LocalDate.of(2021, 12, 31))),
                List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(eventId) == 1);

        as("m50-secretariat").get("/v1/participations?network=M50&municipalityId=" + successor.municipalityId())
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(participation))
                .body("items[0].municipalityName", equalTo("Dijk en Waard"))
                .body("items[0].movedFrom", equalTo(merged.municipalityId().toString()));
    }

    @Test
    void anEventThatCannotBeProcessedLandsOnTheDeadLetterTopicWithTheReasonAndTheNextOneIsHandled() {
        try (TopicProbe deadLetters = TopicProbe.forTopic(Topic.PILLAR_SERVICE_DEAD_LETTERS.name())) {
            UUID unknownMembership = UUID.randomUUID();
            UUID municipality = UUID.randomUUID();
            UUID poison = IntegrationEvents.publish(new MembershipEnded(unknownMembership, "M50", municipality, LocalDate.of(2025, 1, 1)));
            UUID garbled = IntegrationEvents.publishRaw(UUID.randomUUID(), MemberJoined.TYPE, "member-events",
                    municipality.toString(), "{\"membershipId\": \"not-a-uuid\"");
            UUID next = IntegrationEvents.publish(new MunicipalityRegistered(municipality, null, "Oudewater", "Utrecht", null));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> MemberViewProbe.processed(next) == 1);
            List<ConsumerRecord<String, String>> dead = deadLetters.poll(Duration.ofSeconds(10), 2);
            assertThat(dead).extracting(r -> header(r, "ce_id")).containsExactly(poison.toString(), garbled.toString());
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("membership " + unknownMembership, "never announced");
            assertThat(header(dead.get(1), "dead-letter-reason")).contains("cannot be read");
            assertThat(MemberViewProbe.processed(poison)).isZero();
        }
    }

    @Test
    void consumerLagIsAMetric() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("kafka_consumer_fetch_manager_records_lag"));
    }

    private static String pillar(String network) {
        return as("m50-secretariat").body(Map.of("network", network, "code", PillarApi.uniqueCode("pijler"),
                        "name", "Sociaal", "validFrom", "2019-01-01"))
                .post("/v1/pillars").then().statusCode(201).extract().path("id");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
