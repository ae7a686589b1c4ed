package nl.municipalnetworks.finance.meetingdecision;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.contracts.Topic;
import nl.municipalnetworks.contracts.meeting.DecisionRecorded;
import nl.municipalnetworks.finance.BudgetApi;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
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
 * events-service's decision-recorded reaches finance-service through the real broker: a general assembly's
 * BUDGET_ADOPTED decision adopts the network and year's proposed budget once, however often it is delivered, and
 * publishes budget-adopted once; a decision for a budget that is not proposed goes to the dead-letter topic with the
 * reason. ANNUAL_ACCOUNTS_ADOPTED records the accounts' adoption once per decision (delivered twice, sent again) and
 * closes the year; accounts adopted before, or a decision that names none, are dead letters with the reason.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class MeetingDecisionsConsumerTest {

    @Test
    void aBudgetAdoptedDecisionDeliveredTwiceAdoptsTheProposedBudgetOnceAndAnnouncesItOnce() {
        String budget = BudgetApi.draft("DEC1", 2026, BudgetApi.m50Lines());
        BudgetApi.propose(budget);
        UUID meeting = UUID.randomUUID();
        LocalDate decidedOn = LocalDate.parse(BudgetApi.meetingBefore(2026));
        DecisionRecorded decision = new DecisionRecorded(meeting, List.of("DEC1"), UUID.randomUUID(), "BUDGET_ADOPTED",
                "Begroting 2026 vastgesteld", new DecisionRecorded.BudgetReference("DEC1", 2026, null), "ALV najaar DEC1",
                decidedOn, "Algemene ledenvergadering", null);
        UUID eventId = UUID.randomUUID();
        IntegrationEvents.publish(eventId, decision);
        IntegrationEvents.publish(eventId, decision);
        // a later decision of the same meeting (same key, same partition): once handled, both deliveries were too
        UUID marker = IntegrationEvents.publish(new DecisionRecorded(meeting, List.of("DEC1"), UUID.randomUUID(), "OTHER",
                "Jaarverslag besproken", null, "ALV najaar DEC1", decidedOn, "Algemene ledenvergadering", null));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker) == 1);

        assertThat(processed(eventId)).isEqualTo(1);
        JsonPath adopted = FinanceApi.as("platform-admin").get("/v1/budgets/" + budget).then().statusCode(200)
                .extract().jsonPath();
        assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
        assertThat(adopted.getString("adoption.meetingName")).isEqualTo("ALV najaar DEC1");
        assertThat(adopted.getString("adoption.meetingDate")).isEqualTo(decidedOn.toString());
        assertThat(adopted.getString("adoption.decidedBy")).isEqualTo("Algemene ledenvergadering");
        assertThat(adopted.getString("adoption.recordedBy")).isEqualTo("events-service decision " + decision.decisionId());
        assertThat(ServiceDatabase.count("select count(*) from outbox_event where subject = '" + budget
                + "' and event_type = 'nl.municipalnetworks.finance.budget-adopted.v1'")).isEqualTo(1);
    }

    @Test
    void aDecisionForABudgetThatIsNotProposedIsADeadLetterWithTheReason() {
        String draft = BudgetApi.draft("DEC2", 2026, BudgetApi.m50Lines()); // drafted, never proposed
        try (TopicProbe deadLetters = TopicProbe.forTopic(Topic.FINANCE_SERVICE_DEAD_LETTERS.name())) {
            UUID eventId = IntegrationEvents.publish(new DecisionRecorded(UUID.randomUUID(), List.of("DEC2"), UUID.randomUUID(),
                    "BUDGET_ADOPTED", "Begroting 2026 vastgesteld", new DecisionRecorded.BudgetReference("DEC2", 2026, null),
                    "ALV najaar DEC2", LocalDate.parse(BudgetApi.meetingBefore(2026)), "Algemene ledenvergadering", null));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.pollAll(Duration.ofMillis(300)).stream()
                    .filter(r -> eventId.toString().equals(header(r, "ce_id")))
                    .anyMatch(r -> header(r, "dead-letter-reason").contains("DEC2 for 2026")
                            && header(r, "dead-letter-reason").contains("no such version is PROPOSED")));
        }
        assertThat(FinanceApi.as("platform-admin").get("/v1/budgets/" + draft).then().statusCode(200)
                .extract().<String>path("status")).isEqualTo("DRAFT");
    }

    @Test
    void anAnnualAccountsDecisionDeliveredTwiceAndSentAgainAdoptsOnceAnnouncesItOnceAndClosesTheYear() {
        BudgetApi.adopted("DEC3", 2024, BudgetApi.m50Lines());
        UUID meeting = UUID.randomUUID();
        LocalDate decidedOn = LocalDate.of(2025, 5, 15);
        DecisionRecorded decision = new DecisionRecorded(meeting, List.of("DEC3"), UUID.randomUUID(), "ANNUAL_ACCOUNTS_ADOPTED",
                "Jaarrekening 2024 vastgesteld", null, "ALV voorjaar DEC3", decidedOn, "Algemene ledenvergadering",
                new DecisionRecorded.AccountsReference("DEC3", 2024));
        UUID eventId = UUID.randomUUID();
        IntegrationEvents.publish(eventId, decision);
        IntegrationEvents.publish(eventId, decision);
        // the same decision once more under another event id (events-service sent it again): recorded once
        UUID again = IntegrationEvents.publish(decision);
        UUID marker = IntegrationEvents.publish(new DecisionRecorded(meeting, List.of("DEC3"), UUID.randomUUID(), "OTHER",
                "Jaarverslag besproken", null, "ALV voorjaar DEC3", decidedOn, "Algemene ledenvergadering", null));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> processed(marker) == 1);

        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(processed(again)).isEqualTo(1);
        assertThat(ServiceDatabase.count("select count(*) from annual_accounts_adoption where network = 'DEC3'")).isEqualTo(1);
        assertThat(ServiceDatabase.count("select count(*) from outbox_event where event_type = "
                + "'nl.municipalnetworks.finance.annual-accounts-adopted.v1' and payload like '%\"DEC3\"%'")).isEqualTo(1);
        JsonPath accounts = FinanceApi.as("platform-admin").get("/v1/networks/DEC3/annual-accounts/2024").then().statusCode(200)
                .extract().jsonPath();
        assertThat(accounts.getString("status")).isEqualTo("ADOPTED");
        assertThat(accounts.getString("adoption.adoptedOn")).isEqualTo("2025-05-15");
        assertThat(accounts.getString("adoption.meeting.eventId")).isEqualTo(meeting.toString());
        assertThat(accounts.getString("adoption.meeting.title")).isEqualTo("ALV voorjaar DEC3");
        assertThat(accounts.getString("adoption.decisionId")).isEqualTo(decision.decisionId().toString());
        assertThat(accounts.getString("adoption.recordedBy")).isEqualTo("events-service decision " + decision.decisionId());
        // the books of 2024 are closed
        FinanceApi.as("platform-admin").body(BudgetApi.billBody("DEC3", "Platform31", null, "PLATFORM31", "10.00", "10.00",
                "2024-12-01")).post("/v1/bills").then().statusCode(409);
    }

    @Test
    void accountsAlreadyAdoptedOrADecisionThatNamesNoneAreDeadLettersWithTheReason() {
        FinanceApi.as("platform-admin").body(java.util.Map.of("meetingTitle", "ALV voorjaar DEC4", "meetingDate", "2025-04-17",
                        "decidedBy", "Algemene ledenvergadering")).post("/v1/networks/DEC4/annual-accounts/2024/adoption")
                .then().statusCode(201);
        try (TopicProbe deadLetters = TopicProbe.forTopic(Topic.FINANCE_SERVICE_DEAD_LETTERS.name())) {
            UUID meeting = UUID.randomUUID();
            UUID twice = IntegrationEvents.publish(new DecisionRecorded(meeting, List.of("DEC4"), UUID.randomUUID(),
                    "ANNUAL_ACCOUNTS_ADOPTED", "Jaarrekening 2024 vastgesteld", null, "ALV najaar DEC4",
                    LocalDate.of(2025, 10, 16), "Algemene ledenvergadering", new DecisionRecorded.AccountsReference("DEC4", 2024)));
            // as decision-recorded was before it named the accounts: not guessed from the words
            UUID unclear = IntegrationEvents.publish(new DecisionRecorded(meeting, List.of("DEC4"), UUID.randomUUID(),
                    "ANNUAL_ACCOUNTS_ADOPTED", "Jaarrekening 2023 vastgesteld", null, "ALV najaar DEC4",
                    LocalDate.of(2025, 10, 16), "Algemene ledenvergadering", null));
            java.util.Map<String, String> reasons = new java.util.HashMap<>();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                deadLetters.pollAll(Duration.ofMillis(300)).forEach(r -> reasons.put(header(r, "ce_id"), header(r, "dead-letter-reason")));
                return reasons.containsKey(twice.toString()) && reasons.containsKey(unclear.toString());
            });
            assertThat(reasons.get(twice.toString())).contains("cannot adopt the annual accounts of DEC4 for 2024")
                    .contains("already adopted on 2025-04-17 (ALV voorjaar DEC4");
            assertThat(reasons.get(unclear.toString())).contains("adopts annual accounts but names none")
                    .contains("record the adoption by hand");
        }
        assertThat(ServiceDatabase.count("select count(*) from annual_accounts_adoption where network = 'DEC4'")).isEqualTo(1);
    }

    private static long processed(UUID eventId) {
        return ServiceDatabase.count("select count(*) from processed_event where event_id = '" + eventId + "'");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
