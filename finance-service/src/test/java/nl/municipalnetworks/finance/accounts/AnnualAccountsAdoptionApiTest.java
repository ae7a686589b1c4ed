package nl.municipalnetworks.finance.accounts;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.municipalnetworks.commons.csv.ExcelCsv;
import nl.municipalnetworks.contracts.Topic;
import nl.municipalnetworks.finance.BudgetApi;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.Ledgers;
import nl.municipalnetworks.finance.bankstatement.CamtFixtures;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.finance.FinanceApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/**
 * The general assembly's adoption of the annual accounts, recorded by hand, against the real PostgreSQL and Kafka:
 * once per decision and once per year, shown in the accounts (JSON and CSV), announced on finance-events; and the books
 * of the adopted year closed for bills, payments, bank statements, credit notes and contribution runs, while the next
 * year stays open; adoptions sent at once record one. Each test in a network of its own (ACC1-ACC4), for 2024, adopted
 * at the spring assembly of 2025.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class AnnualAccountsAdoptionApiTest {

    private static final String ADMIN = "platform-admin";
    private static final int YEAR = 2024;

    private static Map<String, Object> adoption(String title, String meetingDate, UUID decisionId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingTitle", title);
        body.put("meetingDate", meetingDate);
        body.put("decidedBy", "Algemene ledenvergadering");
        if (decisionId != null) {
            body.put("decisionId", decisionId.toString());
        }
        return body;
    }

    private static Response adopt(String network, int year, Map<String, Object> body) {
        return as(ADMIN).body(body).post("/v1/networks/" + network + "/annual-accounts/" + year + "/adoption");
    }

    private static JsonPath accounts(String network, int year) {
        return as(ADMIN).get("/v1/networks/" + network + "/annual-accounts/" + year).then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
    }

    private static List<String> csvStatusRow(String network, int year) {
        byte[] csv = as(ADMIN).accept("text/csv").get("/v1/networks/" + network + "/annual-accounts/" + year).then()
                .statusCode(200).extract().asByteArray();
        try {
            List<List<String>> rows = ExcelCsv.read(csv);
            assertThat(rows.get(0).get(0)).isEqualTo("code");
            return rows.get(1);
        } catch (ExcelCsv.Unreadable e) {
            throw new AssertionError(e.reason(), e);
        }
    }

    private static long adoptedEvents(String network) {
        return ServiceDatabase.count("select count(*) from outbox_event where topic = 'finance-events' and event_type = "
                + "'nl.municipalnetworks.finance.annual-accounts-adopted.v1' and payload like '%\"network\":\"" + network + "\"%'");
    }

    @Test
    void theTreasurerRecordsTheAdoptionOnceAndTheAccountsShowIt() {
        String network = "ACC1";
        BudgetApi.adopted(network, YEAR, BudgetApi.m50Lines());
        JsonPath draft = accounts(network, YEAR);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getMap("adoption")).isNull();
        assertThat(csvStatusRow(network, YEAR)).containsExactly("ACCOUNTS_STATUS", "Draft: not adopted by the general assembly",
                "DRAFT", "", "", "");

        UUID decision = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Map<String, Object> body = adoption("ALV voorjaar 2025; 's-Hertogenbosch", "2025-05-15", decision);
        body.put("meetingEventId", meeting.toString());
        String id;
        try (TopicProbe financeEvents = TopicProbe.forTopic(Topic.FINANCE_EVENTS.name())) {
            id = adopt(network, YEAR, body).then().statusCode(201)
                    .header("Location", endsWith("/v1/networks/ACC1/annual-accounts/2024"))
                    .header("API-Version", "1.0.0")
                    .body("network", equalTo(network))
                    .body("year", equalTo(YEAR))
                    .body("adoptedOn", equalTo("2025-05-15"))
                    .body("meeting.eventId", equalTo(meeting.toString()))
                    .body("meeting.title", equalTo("ALV voorjaar 2025; 's-Hertogenbosch"))
                    .body("decisionId", equalTo(decision.toString()))
                    .body("decidedBy", equalTo("Algemene ledenvergadering"))
                    .body("recordedBy", equalTo(ADMIN))
                    .extract().path("id");
            String adoptionId = id;
            List<ConsumerRecord<String, String>> published = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                financeEvents.pollAll(Duration.ofMillis(300)).stream().filter(r -> adoptionId.equals(r.key())).forEach(published::add);
                return !published.isEmpty();
            });
            assertThat(published).singleElement().satisfies(record -> {
                assertThat(header(record, "ce_type")).isEqualTo("nl.municipalnetworks.finance.annual-accounts-adopted.v1");
                assertThat(header(record, "ce_subject")).isEqualTo(adoptionId);
                assertThat(record.value()).contains("\"year\":2024", "\"adoptedOn\":\"2025-05-15\"",
                        "\"decisionId\":\"" + decision + "\"", "\"meetingEventId\":\"" + meeting + "\"");
            });
        }

        JsonPath adopted = accounts(network, YEAR);
        assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
        assertThat(adopted.getString("adoption.id")).isEqualTo(id);
        assertThat(adopted.getString("adoption.adoptedOn")).isEqualTo("2025-05-15");
        assertThat(adopted.getString("adoption.meeting.title")).isEqualTo("ALV voorjaar 2025; 's-Hertogenbosch");
        assertThat(csvStatusRow(network, YEAR)).containsExactly("ACCOUNTS_STATUS",
                "Adopted by the general assembly on 2025-05-15 (ALV voorjaar 2025; 's-Hertogenbosch)", "ADOPTED", "", "", "");

        // the same decision again (a retry): the adoption it recorded, nothing new
        adopt(network, YEAR, body).then().statusCode(200).body("id", equalTo(id)).body("adoptedOn", equalTo("2025-05-15"));
        assertThat(adoptedEvents(network)).isEqualTo(1);
        // another decision for the same year: refused, saying when it was adopted
        adopt(network, YEAR, adoption("ALV najaar 2025", "2025-10-16", null)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("ACC1 for 2024 were already adopted on 2025-05-15"))
                .body("invalidParams[0].name", equalTo("year"));
        // the decision that adopted 2024 does not adopt 2023 as well
        adopt(network, 2023, adoption("ALV voorjaar 2025", "2025-05-15", decision)).then().statusCode(409)
                .body("invalidParams[0].name", equalTo("decisionId"));
        assertThat(adoptedEvents(network)).isEqualTo(1);
        assertThat(ServiceDatabase.count("select count(*) from annual_accounts_adoption where network = 'ACC1'")).isEqualTo(1);
    }

    @Test
    void aMeetingBeforeTheYearEndedOrInTheFutureIsBadInputAndWritesNothing() {
        String network = "ACC3";
        adopt(network, YEAR, adoption("ALV najaar 2024", "2024-12-31", null)).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("meetingDate"))
                .body("invalidParams[0].reason", containsString("after 2024 ended"));
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        adopt(network, YEAR, adoption("ALV", tomorrow, null)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("meetingDate"))
                .body("invalidParams[0].reason", containsString("in the future"));
        adopt(network, YEAR, adoption(" ", "2025-05-15", null)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("meetingTitle"));
        // the board reads the accounts, the treasurer of another network does not adopt them
        given().auth().oauth2(TestTokens.forUser("m50-board")).contentType("application/json")
                .body(adoption("ALV voorjaar 2025", "2025-05-15", null)).post("/v1/networks/M50/annual-accounts/2024/adoption")
                .then().statusCode(403);
        as("m50-treasurer").body(adoption("ALV voorjaar 2025", "2025-05-15", null))
                .post("/v1/networks/" + network + "/annual-accounts/2024/adoption").then().statusCode(403);
        assertThat(ServiceDatabase.count("select count(*) from annual_accounts_adoption where network = 'ACC3'")).isZero();
    }

    @Test
    void adoptionsSentAtOnceRecordOneAndAnswerTheRestWithoutAServerError() throws Exception {
        String network = "ACC4";
        UUID decision = UUID.randomUUID();
        List<Integer> sameDecision = atOnce(8, i -> adopt(network, YEAR, adoption("ALV voorjaar 2025", "2025-05-15", decision)));
        assertThat(sameDecision).filteredOn(status -> status == 201).hasSize(1);
        assertThat(sameDecision).filteredOn(status -> status == 200).hasSize(7);
        List<Integer> otherDecisions = atOnce(8, i -> adopt(network, YEAR + 1, adoption("ALV voorjaar 2026", "2026-04-16", null)));
        assertThat(otherDecisions).filteredOn(status -> status == 201).hasSize(1);
        assertThat(otherDecisions).filteredOn(status -> status == 409).hasSize(7);
        assertThat(adoptedEvents(network)).isEqualTo(2);
    }

    /** The statuses of {@code n} requests released together. */
    private static List<Integer> atOnce(int n, java.util.function.IntFunction<Response> request) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void adoptedAccountsCloseTheBooksOfTheirYearAndOnlyOfTheirYear() {
        String network = "ACC2";
        List<Map<String, Object>> lines = List.of(BudgetApi.line("CONTRIBUTIONS", "Ledenbijdragen", "INCOME", "20000.00"),
                BudgetApi.line("PLATFORM31", "Kennispartner Platform31", "EXPENSE", "20000.00"));
        BudgetApi.adopted(network, YEAR, lines);
        BudgetApi.adopted(network, YEAR + 1, lines);
        String received = BudgetApi.bill(network, "Platform31", "P31-2024-1", "PLATFORM31", "100.00", "121.00", "2024-03-01");
        String approved = BudgetApi.bill(network, "Platform31", "P31-2024-2", "PLATFORM31", "200.00", "242.00", "2024-06-01");
        BudgetApi.approve(approved);
        Member deventer = Ledgers.deventerWithAgreement(network, "Kassier ACC2");
        String invoice2024 = FinanceApi.invoiceOf(network, YEAR, deventer, agreementOf(network));
        String account = Ledgers.account(9102);

        adopt(network, YEAR, adoption("ALV voorjaar 2025", "2025-05-15", null)).then().statusCode(201);
        String closed = "the annual accounts of ACC2 for 2024 were adopted on 2025-05-15 (ALV voorjaar 2025)";

        // bills: none dated in 2024, none approved, none paid on a day of 2024
        as(ADMIN).body(BudgetApi.billBody(network, "Meines Holla", "MH-2024-9", "PLATFORM31", "10.00", "12.10", "2024-11-01"))
                .post("/v1/bills").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("a bill dated 2024-11-01 cannot be recorded: " + closed))
                .body("invalidParams[0].name", equalTo("date"));
        as(ADMIN).post("/v1/bills/" + received + "/approval").then().statusCode(409)
                .body("detail", containsString("cannot be approved: " + closed));
        as(ADMIN).body(Map.of("paidOn", "2024-12-20")).post("/v1/bills/" + approved + "/payment").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("paidOn")).body("detail", containsString(closed));
        // payments: none registered by hand or imported on a day of 2024
        as(ADMIN).body(Map.of("network", network, "amount", 10.00, "receivedOn", "2024-12-30", "payerName", "Gemeente Deventer"))
                .post("/v1/payments").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("receivedOn")).body("detail", containsString(closed));
        statement(network, account, "ACC2-1", "2024-12-30").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("the statement holds a credit booked on 2024-12-30"))
                .body("detail", containsString(closed));
        // the contributions of 2024: not credited, not invoiced again
        as(ADMIN).body(Map.of("reason", "Te laat ontdekt")).post("/v1/invoices/" + invoice2024 + "/credit-note").then()
                .statusCode(409).body("detail", containsString("cannot be credited: " + closed));
        as(ADMIN).body(Map.of("year", YEAR)).post("/v1/networks/" + network + "/contribution-runs").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("year")).body("detail", containsString(closed));
        // nothing of that was written
        assertThat(ServiceDatabase.count("select count(*) from bill where network = 'ACC2'")).isEqualTo(2);
        assertThat(ServiceDatabase.count("select count(*) from payment where network = 'ACC2'")).isZero();
        assertThat(ServiceDatabase.count("select count(*) from credit_note where network = 'ACC2'")).isZero();
        assertThat(Ledgers.invoice(invoice2024).getString("status")).isEqualTo("ISSUED");
        assertThat(FinanceApi.amount(accounts(network, YEAR).get("totalExpenses.actual"))).isEqualByComparingTo("242.00");

        // 2025 is open: a bill, the 2024 bill paid in January, payments by hand and from the bank
        BudgetApi.bill(network, "Meines Holla", "MH-2025-1", "PLATFORM31", "10.00", "12.10", "2025-01-10");
        BudgetApi.pay(approved, "2025-01-20");
        as(ADMIN).body(Map.of("network", network, "amount", 10.00, "receivedOn", "2025-01-02", "payerName", "Gemeente Deventer"))
                .post("/v1/payments").then().statusCode(201);
        statement(network, account, "ACC2-2", "2025-01-03").then().statusCode(201).body("payments", equalTo(1));
        assertThat(ServiceDatabase.count("select count(*) from payment where network = 'ACC2'")).isEqualTo(2);
        // the adopted year's figures are as adopted
        assertThat(FinanceApi.amount(accounts(network, YEAR).get("totalExpenses.actual"))).isEqualByComparingTo("242.00");
    }

    private static Response statement(String network, String account, String run, String bookedOn) {
        byte[] xml = CamtFixtures.bytes("partial-rabobank.camt053.001.02.xml", Map.of("RUN", run, "ACCOUNT", account,
                "REF", "onbekend", "AMOUNT", "25.00", "DATE", bookedOn));
        return given().auth().oauth2(TestTokens.forUser(ADMIN)).contentType("application/xml").body(xml)
                .post("/v1/networks/" + network + "/bank-statements");
    }

    private static String agreementOf(String network) {
        return as(ADMIN).get("/v1/agreements?network=" + network).then().statusCode(200).extract().path("items[0].id");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
