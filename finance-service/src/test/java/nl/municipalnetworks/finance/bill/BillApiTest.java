package nl.municipalnetworks.finance.bill;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.finance.BudgetApi;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.finance.FinanceApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Bills through the API: on a line of the network's budget of the bill's year, received, approved, paid. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class BillApiTest {

    private static final String ADMIN = "platform-admin";

    @Test
    void platform31sBillIsReceivedApprovedAndPaidOnItsLine() {
        BudgetApi.adopted("BUD4", 2025, BudgetApi.m50Lines());
        JsonPath bill = as(ADMIN).body(BudgetApi.billBody("BUD4", "Platform31", "P31-2025-0042", "PLATFORM31",
                        "50000.00", "50000.00", "2025-01-15"))
                .post("/v1/bills").then().statusCode(201).header("Location", containsString("/v1/bills/"))
                .extract().jsonPath().using(FinanceApi.EXACT);
        String id = bill.getString("id");
        assertThat(bill.getString("status")).isEqualTo("RECEIVED");
        assertThat(bill.getInt("year")).isEqualTo(2025);
        assertThat(FinanceApi.amount(bill.get("vatAmount"))).isEqualByComparingTo("0.00");
        assertThat(bill.getString("receivedBy")).isEqualTo(ADMIN);

        // approved before it is paid
        as(ADMIN).body(Map.of("paidOn", "2025-02-10")).post("/v1/bills/" + id + "/payment").then().statusCode(409)
                .body("detail", containsString("received cannot become paid"));
        as(ADMIN).post("/v1/bills/" + id + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvedOn", equalTo(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString()));
        as(ADMIN).post("/v1/bills/" + id + "/approval").then().statusCode(409);
        as(ADMIN).body(Map.of("paidOn", "2025-01-14")).post("/v1/bills/" + id + "/payment").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("paidOn"));
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        as(ADMIN).body(Map.of("paidOn", tomorrow)).post("/v1/bills/" + id + "/payment").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("paidOn"));
        as(ADMIN).body(Map.of("paidOn", "2025-02-10")).post("/v1/bills/" + id + "/payment").then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidOn", equalTo("2025-02-10"));

        // the lobby bureau, with 21 % VAT: the VAT is the difference
        BudgetApi.bill("BUD4", "Meines Holla", "MH-25-001", "LOBBY", "3750.00", "4537.50", "2025-03-31");
        JsonPath lobby = as("platform-admin").get("/v1/bills?network=BUD4&budgetLine=LOBBY").then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(lobby.getList("items")).hasSize(1);
        assertThat(FinanceApi.amount(lobby.get("items[0].vatAmount"))).isEqualByComparingTo("787.50");
        as(ADMIN).get("/v1/bills?network=BUD4&year=2025&sort=date").then().statusCode(200)
                .body("items.supplier", equalTo(List.of("Platform31", "Meines Holla")));
        as(ADMIN).get("/v1/bills?network=BUD4&status=PAID").then().body("items.id", equalTo(List.of(id)));
        as(ADMIN).get("/v1/bills?network=BUD4&budgetLine=lobby").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("budgetLine"));
    }

    @Test
    void aBillNeedsAnExpenseLineOfItsYearsBudgetAndIsEnteredOnce() {
        BudgetApi.adopted("BUD5", 2025, BudgetApi.m50Lines());
        refused(BudgetApi.billBody("BUD5", "Platform31", null, "TRAVEL", "1.00", "1.00", "2025-05-01"), "budgetLine",
                "no line TRAVEL");
        refused(BudgetApi.billBody("BUD5", "Platform31", null, "CONTRIBUTIONS", "1.00", "1.00", "2025-05-01"), "budgetLine",
                "is an income line");
        refused(BudgetApi.billBody("BUD5", "Platform31", null, "PLATFORM31", "1.00", "1.00", "2024-12-31"), "budgetLine",
                "no budget for 2024");
        refused(BudgetApi.billBody("BUD5", "Platform31", null, "PLATFORM31", "100.00", "99.00", "2025-05-01"), "amountInclVat",
                "not be less than");
        refused(BudgetApi.billBody("BUD5", "Platform31", null, "PLATFORM31", "100.001", "121.00", "2025-05-01"), "amountExclVat",
                "two decimals");
        Map<String, Object> early = BudgetApi.billBody("BUD5", "Platform31", null, "PLATFORM31", "1.00", "1.00", "2025-05-01");
        early.put("dueDate", "2025-04-30");
        refused(early, "dueDate", "before");
        assertThat(as(ADMIN).get("/v1/bills?network=BUD5").then().extract().<List<?>>path("items")).isEmpty();

        BudgetApi.bill("BUD5", "Bureau Communicatie", "2025-17", "COMMUNICATION", "500.00", "605.00", "2025-05-01");
        as(ADMIN).body(BudgetApi.billBody("BUD5", "bureau communicatie", "2025-17", "COMMUNICATION", "500.00", "605.00", "2025-05-01"))
                .post("/v1/bills").then().statusCode(409).body("invalidParams[0].name", equalTo("supplierReference"));
        // a line that only an amendment being drafted has is a line of that year's budget too
        String v1 = as(ADMIN).get("/v1/budgets?network=BUD5&year=2025").then().extract().path("items[0].id");
        String v2 = as(ADMIN).post("/v1/budgets/" + v1 + "/amendments").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> lines = new java.util.ArrayList<>(BudgetApi.m50Lines());
        lines.add(BudgetApi.line("TRAVEL", "Reiskosten", "EXPENSE", "1000.00"));
        as(ADMIN).body(Map.of("lines", lines)).put("/v1/budgets/" + v2).then().statusCode(200);
        BudgetApi.bill("BUD5", "NS", null, "TRAVEL", "50.00", "54.50", "2025-05-02");
    }

    @Test
    void theOfficialsOfTheMembersDoNotSeeTheBills() {
        BudgetApi.adopted("M50", 2042, BudgetApi.m50Lines());
        String id = BudgetApi.bill("M50", "Platform31", "P31-2042", "PLATFORM31", "50000.00", "50000.00", "2042-01-15");
        as("zeist-official").get("/v1/bills/" + id).then().statusCode(403);
        as("zeist-official").get("/v1/bills?network=M50").then().statusCode(403);
        as("m50-board").get("/v1/bills/" + id).then().statusCode(200).body("supplier", equalTo("Platform31"));
        as("m50-board").post("/v1/bills/" + id + "/approval").then().statusCode(403);
        as("m50-treasurer").post("/v1/bills/" + id + "/approval").then().statusCode(200);
    }

    private static void refused(Map<String, Object> body, String field, String reason) {
        as(ADMIN).body(body).post("/v1/bills").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo(field)).body("invalidParams[0].reason", containsString(reason));
    }
}
