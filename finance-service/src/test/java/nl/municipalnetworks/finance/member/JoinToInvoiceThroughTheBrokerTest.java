package nl.municipalnetworks.finance.member;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import nl.municipalnetworks.commons.inbox.ProcessedEventLog;
import nl.municipalnetworks.contracts.finance.FinanceEvent;
import nl.municipalnetworks.contracts.finance.InvoiceIssued;
import nl.municipalnetworks.contracts.member.MemberJoined;
import nl.municipalnetworks.contracts.member.MunicipalityRegistered;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.testsupport.IntegrationEvents;
import nl.municipalnetworks.testsupport.IntegrationEvents.Published;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise through the real broker: a member that joins gets exactly one contribution obligation and
 * one invoice in the next run, also when member-service's event is delivered twice and when finance-service
 * restarts after applying it but before committing its offset (the running consumer is sent back to the event's
 * offset, which is what it reads after such a restart). The invoice is announced once on finance-events.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class JoinToInvoiceThroughTheBrokerTest {

    private static final String CONSUMER = "finance-service/member-events";

    @Inject
    KafkaClientService kafka;

    @Inject
    ProcessedEventLog processedEvents;

    @Test
    void aJoinDeliveredTwiceAndAgainAfterARestartGivesOneObligationAndOneInvoice() {
        String scheme = FinanceApi.m50MemberScheme();
        UUID municipality = UUID.randomUUID();
        UUID membership = UUID.randomUUID();
        IntegrationEvents.publish(new MunicipalityRegistered(municipality, "GM1711", "Súdwest-Fryslân", "Fryslân", null));
        UUID joinId = UUID.randomUUID();
        MemberJoined joined = new MemberJoined(membership, "M50", municipality, "Súdwest-Fryslân", LocalDate.of(2026, 1, 1));
        Published first = IntegrationEvents.send(joinId, joined);
        IntegrationEvents.send(joinId, joined);
        awaitHandledUpTo(municipality);
        double redeliveredBefore = processedEvents.redelivered(CONSUMER).count();

        kafka.getConsumer("member-events").seek(new TopicPartition(first.topic(), first.partition()), first.offset())
                .await().atMost(Duration.ofSeconds(10));
        awaitHandledUpTo(municipality);

        assertThat(processedEvents.redelivered(CONSUMER).count() - redeliveredBefore)
                .as("both deliveries came again and were skipped").isGreaterThanOrEqualTo(2);
        assertThat(MemberViewProbe.processed(joinId)).isEqualTo(1);
        assertThat(MemberViewProbe.query("select count(*) from membership where id = '" + membership + "'")).isEqualTo(1);
        List<Object> obligations = FinanceApi.as("m50-treasurer").get("/v1/networks/M50/contribution-preview?year=2026")
                .then().statusCode(200)
                .extract().path("contributions.findAll { it.payer.municipalityId == '" + municipality + "' }.feeSchemeId");
        assertThat(obligations).containsExactly(scheme);

        try (TopicProbe financeEvents = TopicProbe.forTopic(FinanceEvent.TOPIC)) {
            for (int run = 0; run < 2; run++) {
                FinanceApi.as("m50-treasurer").body(Map.of("year", 2026)).post("/v1/networks/M50/contribution-runs")
                        .then().statusCode(run == 0 ? 201 : 200);
            }
            List<Object> invoices = FinanceApi.as("m50-treasurer")
                    .get("/v1/invoices?network=M50&year=2026&payerMunicipalityId=" + municipality)
                    .then().statusCode(200).extract().path("items.id");
            assertThat(invoices).hasSize(1);
            String invoice = (String) invoices.get(0);

            ServiceDatabase.awaitOutboxPublished();
            List<ConsumerRecord<String, String>> announced = financeEvents.pollAll(Duration.ofSeconds(2)).stream()
                    .filter(r -> invoice.equals(r.key())).toList();
            assertThat(announced).hasSize(1);
            assertThat(new String(announced.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(InvoiceIssued.TYPE);
            assertThat(announced.get(0).value()).contains("\"total\":3500.00").contains("\"payerMunicipalityId\":\"" + municipality + "\"");
        }
    }

    /** A later event about the same municipality (same key, same partition): once applied, all before it were handled. */
    private static void awaitHandledUpTo(UUID municipality) {
        UUID marker = IntegrationEvents.publish(new MunicipalityRegistered(municipality, "GM1711", "Súdwest-Fryslân", "Fryslân", null));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> MemberViewProbe.processed(marker) == 1);
    }
}
