package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.Ledgers.Invoice;
import nl.municipalnetworks.finance.overdue.OverdueCheckSchedule;
import nl.municipalnetworks.finance.testing.AdjustableFinanceClock;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Overdue invoices and reminders, on days the test chooses (the finance clock moved, never a sleep): the daily check
 * sets an unpaid invoice OVERDUE and announces it once; the overdue list and the reminders due follow
 * ReminderSchedule (14, 28, 42 days after the due date); a part payment leaves it overdue, the rest ends it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class OverdueApiTest {

    @Inject
    AdjustableFinanceClock clock;

    @Inject
    OverdueCheckSchedule check;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    private int runCheck() throws Exception {
        return check.runNow().get(30, TimeUnit.SECONDS);
    }

    private static JsonPath due(String network) {
        return FinanceApi.as("platform-admin").get("/v1/networks/" + network + "/due-reminders").then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
    }

    private static void remind(String invoiceId, String step, int status) {
        FinanceApi.as("platform-admin").body(Map.of("step", step)).post("/v1/invoices/" + invoiceId + "/reminders")
                .then().statusCode(status);
    }

    @Test
    void theDailyCheckSetsAnUnpaidInvoiceOverdueOnceAndTheRemindersFollowTheSchedule() throws Exception {
        Member deventer = Ledgers.deventerWithAgreement("OVD1", "Kassier OVD1");
        Invoice invoice = Ledgers.run("OVD1", deventer).get(0);
        LocalDate dueDate = LocalDate.parse(Ledgers.invoice(invoice.id()).getString("dueDate"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        // on its due date it is not overdue yet
        clock.moveDays(dueDate.toEpochDay() - today.toEpochDay());
        runCheck();
        assertThat(Ledgers.invoice(invoice.id()).getString("status")).isEqualTo("ISSUED");
        FinanceApi.as("platform-admin").get("/v1/networks/OVD1/overdue-invoices").then().statusCode(200)
                .body("totalItems", equalTo(0));

        // the day after, it is; announced once however often the check runs
        clock.moveDays(dueDate.toEpochDay() - today.toEpochDay() + 1);
        assertThat(runCheck()).isPositive();
        runCheck();
        assertThat(Ledgers.invoice(invoice.id()).getString("status")).isEqualTo("OVERDUE");
        assertThat(Ledgers.events(invoice.id(), "invoice-overdue")).isEqualTo(1);
        JsonPath overdue = FinanceApi.as("platform-admin").get("/v1/networks/OVD1/overdue-invoices").then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(overdue.getList("items.id")).containsExactly(invoice.id());
        assertThat(overdue.getInt("items[0].daysOverdue")).isEqualTo(1);
        assertThat(overdue.getString("items[0].nextStep")).isEqualTo("FIRST_REMINDER");
        assertThat(overdue.getString("items[0].nextStepDueOn")).isEqualTo(dueDate.plusDays(14).toString());
        assertThat(due("OVD1").getList("due")).isEmpty();
        remind(invoice.id(), "FIRST_REMINDER", 409);

        // 14 days after the due date the first reminder is due; the second cannot come first
        clock.moveDays(dueDate.toEpochDay() - today.toEpochDay() + 14);
        JsonPath first = due("OVD1");
        assertThat(first.getList("due.id")).containsExactly(invoice.id());
        assertThat(first.getString("due[0].nextStep")).isEqualTo("FIRST_REMINDER");
        FinanceApi.as("platform-admin").body(Map.of("step", "SECOND_REMINDER")).post("/v1/invoices/" + invoice.id() + "/reminders")
                .then().statusCode(409).body("detail", containsString("first reminder comes first"));
        FinanceApi.as("m50-treasurer").body(Map.of("step", "FIRST_REMINDER")).post("/v1/invoices/" + invoice.id() + "/reminders")
                .then().statusCode(403);
        FinanceApi.as("platform-admin").body(Map.of("step", "FIRST_REMINDER")).post("/v1/invoices/" + invoice.id() + "/reminders")
                .then().statusCode(201).body("recordedBy", equalTo("platform-admin"))
                .body("sentOn", equalTo(dueDate.plusDays(14).toString()));
        remind(invoice.id(), "FIRST_REMINDER", 409);
        assertThat(due("OVD1").getList("due")).isEmpty();

        // a part payment leaves it overdue
        FinanceApi.as("platform-admin").body(Map.of("network", "OVD1", "amount", 1000.00, "receivedOn", "2026-12-07",
                "payerName", "Gemeente Deventer", "invoiceId", invoice.id())).post("/v1/payments").then().statusCode(201);
        assertThat(Ledgers.invoice(invoice.id()).getString("status")).isEqualTo("OVERDUE");

        clock.moveDays(dueDate.toEpochDay() - today.toEpochDay() + 28);
        assertThat(due("OVD1").getString("due[0].nextStep")).isEqualTo("SECOND_REMINDER");
        remind(invoice.id(), "SECOND_REMINDER", 201);
        clock.moveDays(dueDate.toEpochDay() - today.toEpochDay() + 42);
        JsonPath board = due("OVD1");
        assertThat(board.getString("due[0].nextStep")).isEqualTo("REFERRED_TO_BOARD");
        assertThat(FinanceApi.amount(board.get("due[0].outstanding"))).isEqualByComparingTo("17412.45");
        assertThat(board.getLong("due[0].daysOverdue")).isEqualTo(42);
        remind(invoice.id(), "REFERRED_TO_BOARD", 201);
        FinanceApi.as("g40-secretariat").get("/v1/invoices/" + invoice.id() + "/reminders").then().statusCode(403);
        List<String> steps = FinanceApi.as("platform-admin").get("/v1/invoices/" + invoice.id() + "/reminders").then()
                .statusCode(200).extract().path("reminders.step");
        assertThat(steps).containsExactly("FIRST_REMINDER", "SECOND_REMINDER", "REFERRED_TO_BOARD");

        JsonPath balances = FinanceApi.as("platform-admin").get("/v1/networks/OVD1/balances").then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(FinanceApi.amount(balances.get("payers[0].overdue"))).isEqualByComparingTo("17412.45");

        // the rest ends it: paid, off the lists
        FinanceApi.as("platform-admin").body(Map.of("network", "OVD1", "amount", 17412.45, "receivedOn", "2026-12-07",
                "payerName", "Gemeente Deventer", "invoiceId", invoice.id())).post("/v1/payments").then().statusCode(201);
        assertThat(Ledgers.invoice(invoice.id()).getString("status")).isEqualTo("PAID");
        FinanceApi.as("platform-admin").get("/v1/networks/OVD1/overdue-invoices").then().statusCode(200)
                .body("totalItems", equalTo(0));
        remind(invoice.id(), "REFERRED_TO_BOARD", 409);
        assertThat(Ledgers.events(invoice.id(), "invoice-overdue")).isEqualTo(1);
    }

    @Test
    void aReminderIsNotRecordedForTheFutureNorBeforeItsDay() {
        Member deventer = Ledgers.deventerWithAgreement("OVD2", "Kassier OVD2");
        Invoice invoice = Ledgers.run("OVD2", deventer).get(0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        FinanceApi.as("platform-admin").body(Map.of("step", "FIRST_REMINDER", "sentOn", today.plusDays(1).toString()))
                .post("/v1/invoices/" + invoice.id() + "/reminders").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("sentOn"));
        FinanceApi.as("platform-admin").body(Map.of("step", "FIRST_REMINDER"))
                .post("/v1/invoices/" + invoice.id() + "/reminders").then().statusCode(409)
                .body("detail", containsString("is due from"));
        FinanceApi.as("platform-admin").body(Map.of("step", "NOW"))
                .post("/v1/invoices/" + invoice.id() + "/reminders").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("step"));
    }
}
