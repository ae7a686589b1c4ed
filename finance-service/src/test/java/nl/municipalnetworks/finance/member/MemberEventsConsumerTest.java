package nl.municipalnetworks.finance.member;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.contracts.Topic;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MembershipEnded;
import nl.municipalnetworks.contracts.member.MunicipalityMerged;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.contracts.member.PopulationRecorded;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * member-service's events reach finance-service through the real broker: a join makes the municipality a payer
 * in the preview, a duplicate delivery changes nothing, an ended membership is charged up to its end, and a
 * merger that overtakes the merged municipality's join (another partition) keeps the membership ended, and what
 * cannot be processed goes to finance-service-dead-letters with the reason.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class MemberEventsConsumerTest {

    @Test
    void aJoinedMemberIsInThePreviewAndADuplicateDeliveryChangesNothing() {
        String scheme = FinanceApi.m50MemberScheme();
        UUID municipality = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        IntegrationEvents.publish(new MunicipalityRegistered(municipality, "GM1709", "Moerdijk", "Noord-Brabant", null));
        UUID joinId = UUID.randomUUID();
        MemberJoined joined = new MemberJoined(membership, "M50", municipality, "Moerdijk", LocalDate.of(2020, 1, 1));
        IntegrationEvents.publish(joinId, joined);
        IntegrationEvents.publish(joinId, joined);
        // A later event about the same municipality (same partition): once applied, both deliveries were handled.
        UUID marker = IntegrationEvents.publish(new MunicipalityRegistered(municipality, "GM1709", "Moerdijk", "Noord-Brabant", null));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(marker) == 1);

        assertThat(MemberViewProbe.processed(joinId)).isEqualTo(1);
        assertThat(MemberViewProbe.query("select count(*) from membership where id = '" + membership + "'")).isEqualTo(1);
        List<Object> totals = FinanceApi.as("m50-treasurer").get("/v1/networks/M50/contribution-preview?year=2026")
                .then().statusCode(200)
                .extract().path("contributions.findAll { it.payer.municipalityId == '" + municipality
                        + "' && it.feeSchemeId == '" + scheme + "' }.total");
        assertThat(totals).hasSize(1);
        assertThat(FinanceApi.amount(totals.get(0))).isEqualByComparingTo("3500.00");
    }

    @Test
    void anEndedMembershipIsChargedUpToItsEndAndNotAfter() {
        String scheme = FinanceApi.m50MemberScheme();
        FinanceApi.Member leaver = FinanceApi.member("M50", "Oss", "GM1842", LocalDate.of(2019, 1, 1));
        UUID ended = IntegrationEvents.publish(new MembershipEnded(leaver.membershipId(), "M50", leaver.municipalityId(),
                LocalDate.of(2026, 3, 31)));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(ended) == 1);

        String path = "contributions.findAll { it.payer.municipalityId == '" + leaver.municipalityId()
                + "' && it.feeSchemeId == '" + scheme + "' }.total";
        List<Object> in2026 = FinanceApi.as("m50-treasurer").get("/v1/networks/M50/contribution-preview?year=2026")
                .then().statusCode(200).extract().path(path);
        assertThat(in2026).hasSize(1);
        assertThat(FinanceApi.amount(in2026.get(0))).isEqualByComparingTo("875.00"); // 3 of 12 months of EUR 3,500
        List<Object> in2027 = FinanceApi.as("m50-treasurer").get("/v1/networks/M50/contribution-preview?year=2027")
                .then().statusCode(200).extract().path(path);
        assertThat(in2027).isEmpty();
    }

    @Test
    void aMergerThatOvertakesTheJoinKeepsTheMembershipEnded() {
        UUID merged = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        UUID merger = IntegrationEvents.publish(new MunicipalityMerged(UUID.randomUUID(), successor, "Land van Cuijk",
                "GM1982", LocalDate.of(2022, 1, 1),
                List.of(new MunicipalityMerged.MergedMunicipality(merged, "Boxmeer", "GM0756")),
                List.of(new MunicipalityMerged.EndedMembership(membership, "M50", merged, LocalDate.of(2021, 12, 31))),
                List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(merger) == 1);
        UUID join = IntegrationEvents.publish(new MemberJoined(membership, "M50", merged, "Boxmeer", LocalDate.of(2019, 1, 1)));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(join) == 1);

        assertThat(MemberViewProbe.query("select count(*) from membership where id = '" + membership
                + "' and joined_on = '2019-01-01' and ended_on = '2021-12-31'")).isEqualTo(1);
        assertThat(MemberViewProbe.isMember("M50", merged)).isFalse();
    }

    @Test
    void aMergerMovesAnAgreementToTheSuccessorFromTheMergerDateOnTheMergedCount() {
        FinanceApi.Member merged = FinanceApi.member("G40", "Hengelo-Oost", "GM9801", LocalDate.of(2014, 1, 1));
        FinanceApi.population(merged, "2022-01-01", 20_000);
        String agreement = FinanceApi.agreement(FinanceApi.perInhabitantScheme("G40"), merged);
        UUID successor = UUID.randomUUID();
        UUID merger = IntegrationEvents.publish(new MunicipalityMerged(UUID.randomUUID(), successor, "Twentestad",
                "GM9802", LocalDate.of(2026, 7, 1),
                List.of(new MunicipalityMerged.MergedMunicipality(merged.municipalityId(), merged.name(), merged.cbsCode())),
                List.of(new MunicipalityMerged.EndedMembership(merged.membershipId(), "G40", merged.municipalityId(),
                        LocalDate.of(2026, 6, 30))),
                List.of()));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(merger) == 1);

        // 20,000 x EUR 0.15 = EUR 3,000.00 a year; six months each: EUR 1,500.00 ex VAT, EUR 1,815.00 with 21 %
        String byAgreement = "contributions.findAll { it.agreementId == '" + agreement + "' }";
        io.restassured.path.json.JsonPath in2026 = FinanceApi.as("g40-secretariat")
                .get("/v1/networks/G40/contribution-preview?year=2026").then().statusCode(200).extract().jsonPath()
                .using(FinanceApi.EXACT);
        assertThat(in2026.getList(byAgreement + ".payer.municipalityId"))
                .containsExactlyInAnyOrder(merged.municipalityId().toString(), successor.toString());
        assertThat(in2026.getList(byAgreement + ".total", java.math.BigDecimal.class))
                .allSatisfy(total -> assertThat(total).isEqualByComparingTo("1815.00"));
        io.restassured.path.json.JsonPath in2027 = FinanceApi.as("g40-secretariat")
                .get("/v1/networks/G40/contribution-preview?year=2027").then().statusCode(200).extract().jsonPath()
                .using(FinanceApi.EXACT);
        assertThat(in2027.getList(byAgreement + ".payer.name")).containsExactly("Twentestad");
        assertThat(in2027.getList(byAgreement + ".total", java.math.BigDecimal.class))
                .singleElement().satisfies(total -> assertThat(total).isEqualByComparingTo("3630.00"));
    }

    @Test
    void anEventThatCannotBeProcessedLandsOnTheDeadLetterTopicWithTheReasonAndTheNextOneIsHandled() {
        try (TopicProbe deadLetters = TopicProbe.forTopic(Topic.FINANCE_SERVICE_DEAD_LETTERS.name())) {
            UUID unknownMembership = UUID.randomUUID();
            UUID municipality = UUID.randomUUID();
            UUID poison = IntegrationEvents.publish(new MembershipEnded(unknownMembership, "M50", municipality, LocalDate.of(2025, 1, 1)));
            UUID negative = IntegrationEvents.publish(new PopulationRecorded(municipality, "GM0001", LocalDate.of(2022, 1, 1), -5));
            UUID next = IntegrationEvents.publish(new MunicipalityRegistered(municipality, null, "Oudewater", "Utrecht", null));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> MemberViewProbe.processed(next) == 1);
            List<ConsumerRecord<String, String>> dead = deadLetters.poll(Duration.ofSeconds(10), 2);
            assertThat(dead).extracting(r -> header(r, "ce_id")).containsExactly(poison.toString(), negative.toString());
            assertThat(header(dead.get(0), "dead-letter-reason")).contains("membership " + unknownMembership, "never announced");
            assertThat(header(dead.get(1), "dead-letter-reason")).contains("not above zero");
            assertThat(MemberViewProbe.processed(poison)).isZero();
            assertThat(MemberViewProbe.inhabitants(municipality, "2022-01-01")).isZero();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
