package nl.municipalnetworks.finance.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.contracts.finance.BudgetAdopted;
import nl.municipalnetworks.contracts.finance.FinanceEvent;
import nl.municipalnetworks.finance.BudgetApi;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.finance.FinanceApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A budget through its life via the API: drafted, edited, proposed, withdrawn, adopted at a general assembly
 * (budget-adopted on finance-events), amended as a new version that supersedes it. Each test its own network.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class BudgetApiTest {

    private static final String ADMIN = "platform-admin";

    @Test
    void aBudgetIsDraftedEditedProposedWithdrawnAndAdoptedAndThenNotEdited() {
        String id = as(ADMIN).body(Map.of("network", "BUD1", "year", 2026, "lines", BudgetApi.m50Lines()))
                .post("/v1/budgets").then().statusCode(201)
                .header("Location", containsString("/v1/budgets/"))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .extract().path("id");
        JsonPath draft = as(ADMIN).get("/v1/budgets/" + id).then().statusCode(200).header("API-Version", "1.0.0")
                .extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(FinanceApi.amount(draft.get("totalIncome"))).isEqualByComparingTo("150500.00");
        assertThat(FinanceApi.amount(draft.get("totalExpenses"))).isEqualByComparingTo("150500.00");
        assertThat(FinanceApi.amount(draft.get("result"))).isEqualByComparingTo("0.00");
        assertThat(draft.getList("lines.code")).containsExactly("CONTRIBUTIONS", "PLATFORM31", "LOBBY", "SECRETARIAT",
                "COMMUNICATION", "MEETINGS", "CONTINGENCIES");

        // a draft's lines are replaced as a whole
        as(ADMIN).body(Map.of("lines", List.of(BudgetApi.line("CONTRIBUTIONS", "Ledenbijdragen", "INCOME", "150500.00"),
                        BudgetApi.line("PLATFORM31", "Kennispartner Platform31", "EXPENSE", "50000.00"))))
                .put("/v1/budgets/" + id).then().statusCode(200)
                .body("lines.code", equalTo(List.of("CONTRIBUTIONS", "PLATFORM31"))).body("result", equalTo(100500.00f));

        BudgetApi.propose(id);
        as(ADMIN).body(Map.of("lines", BudgetApi.m50Lines())).put("/v1/budgets/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("withdraw the proposal first"));
        as(ADMIN).delete("/v1/budgets/" + id + "/proposal").then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("proposedOn", equalTo(null));
        as(ADMIN).delete("/v1/budgets/" + id + "/proposal").then().statusCode(409);
        // a draft is proposed before it is adopted
        as(ADMIN).body(adoption("2025-10-16")).post("/v1/budgets/" + id + "/adoption").then().statusCode(409)
                .body("detail", containsString("propose it first"));
        as(ADMIN).body(Map.of("lines", BudgetApi.m50Lines())).put("/v1/budgets/" + id).then().statusCode(200);
        assertThat(BudgetApi.propose(id).getString("proposedOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());

        try (TopicProbe financeEvents = TopicProbe.forTopic(FinanceEvent.TOPIC)) {
            JsonPath adopted = as(ADMIN).body(adoption("2025-10-16")).post("/v1/budgets/" + id + "/adoption")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(adopted.getString("status")).isEqualTo("ADOPTED");
            assertThat(adopted.getString("adoption.meetingName")).isEqualTo("ALV najaar 2025");
            assertThat(adopted.getString("adoption.meetingDate")).isEqualTo("2025-10-16");
            assertThat(adopted.getString("adoption.decidedBy")).isEqualTo("Algemene ledenvergadering BUD1");
            assertThat(adopted.getString("adoption.recordedBy")).isEqualTo(ADMIN);

            ServiceDatabase.awaitOutboxPublished();
            List<ConsumerRecord<String, String>> announced = financeEvents.pollAll(Duration.ofSeconds(2)).stream()
                    .filter(r -> id.equals(r.key())).toList();
            assertThat(announced).hasSize(1);
            assertThat(new String(announced.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(BudgetAdopted.TYPE);
            assertThat(announced.get(0).value()).contains("\"network\":\"BUD1\"", "\"year\":2026", "\"version\":1",
                    "\"meetingDate\":\"2025-10-16\"", "\"totalIncome\":150500.00",
                    "{\"code\":\"PLATFORM31\",\"name\":\"Kennispartner Platform31\",\"kind\":\"EXPENSE\",\"amount\":50000.00}");
        }

        // adopted: never edited, proposed or adopted again
        as(ADMIN).body(Map.of("lines", BudgetApi.m50Lines())).put("/v1/budgets/" + id).then().statusCode(409)
                .body("detail", containsString("amendment"));
        as(ADMIN).post("/v1/budgets/" + id + "/proposal").then().statusCode(409);
        as(ADMIN).body(adoption("2025-10-16")).post("/v1/budgets/" + id + "/adoption").then().statusCode(409);
        // one budget per network and year
        as(ADMIN).body(Map.of("network", "BUD1", "year", 2026, "lines", List.of())).post("/v1/budgets").then().statusCode(409)
                .body("invalidParams[0].name", equalTo("year")).body("detail", containsString("amend"));
    }

    @Test
    void anAmendmentIsANewVersionThatSupersedesTheAdoptedOneOnceAdopted() {
        String v1 = BudgetApi.adopted("BUD2", 2026, BudgetApi.m50Lines());
        JsonPath amendment = as(ADMIN).post("/v1/budgets/" + v1 + "/amendments").then().statusCode(201)
                .extract().jsonPath().using(FinanceApi.EXACT);
        String v2 = amendment.getString("id");
        assertThat(amendment.getInt("version")).isEqualTo(2);
        assertThat(amendment.getString("status")).isEqualTo("DRAFT");
        assertThat(amendment.getString("amendsBudgetId")).isEqualTo(v1);
        assertThat(amendment.getList("lines.code")).hasSize(7);
        // one version is worked on at a time
        as(ADMIN).post("/v1/budgets/" + v1 + "/amendments").then().statusCode(409).body("detail", containsString("version 2"));
        // the amendment adds EUR 5,000 for communication
        List<Map<String, Object>> amended = new java.util.ArrayList<>(BudgetApi.m50Lines());
        amended.set(4, BudgetApi.line("COMMUNICATION", "Communicatie", "EXPENSE", "20000.00"));
        as(ADMIN).body(Map.of("lines", amended)).put("/v1/budgets/" + v2).then().statusCode(200).body("result", equalTo(-5000.00f));
        // v1 stays in force while v2 is worked on
        as(ADMIN).get("/v1/budgets/" + v1).then().body("status", equalTo("ADOPTED"));

        BudgetApi.propose(v2);
        BudgetApi.adopt(v2, "2026-04-16");
        as(ADMIN).get("/v1/budgets/" + v1).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("supersededByBudgetId", equalTo(v2)).body("adoption.meetingDate", equalTo("2025-10-16"));
        as(ADMIN).get("/v1/budgets?network=BUD2&year=2026").then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1))).body("items.status", equalTo(List.of("ADOPTED", "SUPERSEDED")));
        // only the version in force is amended
        as(ADMIN).post("/v1/budgets/" + v1 + "/amendments").then().statusCode(409).body("detail", containsString("superseded"));
        as(ADMIN).post("/v1/budgets/" + v2 + "/amendments").then().statusCode(201).body("version", equalTo(3));
    }

    @Test
    void wrongLinesAndAFutureMeetingAreRefusedNamingTheField() {
        as(ADMIN).body(Map.of("network", "BUD3", "year", 2026, "lines", List.of(
                        BudgetApi.line("PLATFORM31", "Kennispartner Platform31", "EXPENSE", "50000.00"),
                        BudgetApi.line("lobby", "Lobby", "EXPENSE", "1.00"),
                        BudgetApi.line("SECRETARIAT", "Secretariaat", "EXPENSE", "0.001"))))
                .post("/v1/budgets").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(List.of("lines[1].code", "lines[2].amount")));
        as(ADMIN).body(Map.of("network", "BUD3", "year", 2026, "lines", List.of(
                        BudgetApi.line("LOBBY", "Lobby", "EXPENSE", "1.00"), BudgetApi.line("LOBBY", "Lobby 2", "EXPENSE", "2.00"))))
                .post("/v1/budgets").then().statusCode(400).body("invalidParams[0].name", equalTo("lines[1].code"));
        as(ADMIN).body("{\"network\": \"BUD3\", \"year\": 2026, \"lines\": [{\"code\": \"LOBBY\", \"name\": \"Lobby\", \"kind\": \"COST\", \"amount\": 1}]}")
                .post("/v1/budgets").then().statusCode(400).body("invalidParams[0].name", equalTo("lines[0].kind"));
        as(ADMIN).body(Map.of("network", "BUD3", "year", 1899, "lines", List.of())).post("/v1/budgets").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("year"));
        assertThat(as(ADMIN).get("/v1/budgets?network=BUD3").then().statusCode(200).extract().<List<?>>path("items")).isEmpty();

        String id = BudgetApi.draft("BUD3", 2026, BudgetApi.m50Lines());
        BudgetApi.propose(id);
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        as(ADMIN).body(adoption(tomorrow)).post("/v1/budgets/" + id + "/adoption").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("meetingDate"));
        as(ADMIN).get("/v1/budgets/" + id).then().body("status", equalTo("PROPOSED")).body("adoption", equalTo(null));
    }

    @Test
    void theOfficialsOfTheMembersReadOnlyTheAdoptedBudgets() {
        int year = 2041; // M50's budget of a year no other test uses
        String adopted = BudgetApi.adopted("M50", year, BudgetApi.m50Lines());
        String amendment = as("m50-treasurer").post("/v1/budgets/" + adopted + "/amendments").then().statusCode(201)
                .extract().path("id");
        as("zeist-official").get("/v1/budgets?network=M50&year=" + year).then().statusCode(200)
                .body("items.id", equalTo(List.of(adopted)));
        as("m50-board").get("/v1/budgets?network=M50&year=" + year).then().statusCode(200)
                .body("items.id", equalTo(List.of(amendment, adopted)));
        as("zeist-official").get("/v1/budgets/" + adopted).then().statusCode(200);
        as("zeist-official").get("/v1/budgets/" + amendment).then().statusCode(403)
                .body("detail", containsString("adopted"));
        as("m50-secretariat").get("/v1/budgets/" + amendment).then().statusCode(200).body("lines.code", hasItem("PLATFORM31"));
        as("m50-secretariat").post("/v1/budgets/" + amendment + "/proposal").then().statusCode(403);
        as("m50-treasurer").post("/v1/budgets/" + amendment + "/proposal").then().statusCode(200);
    }

    @Test
    void adoptionsSentAtOnceAdoptOnceAndAnnounceOnce() throws Exception {
        String id = BudgetApi.draft("BUD7", 2026, BudgetApi.m50Lines());
        BudgetApi.propose(id);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> as(ADMIN).body(adoption("2025-10-16"))
                        .post("/v1/budgets/" + id + "/adoption").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ServiceDatabase.count("select count(*) from outbox_event where subject = '" + id + "'")).isEqualTo(1);
    }

    private static Map<String, Object> adoption(String meetingDate) {
        return Map.of("meetingName", "ALV najaar 2025", "meetingDate", meetingDate,
                "decidedBy", "Algemene ledenvergadering BUD1");
    }
}
