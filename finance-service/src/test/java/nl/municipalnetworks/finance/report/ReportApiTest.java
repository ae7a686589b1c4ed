package nl.municipalnetworks.finance.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.municipalnetworks.commons.csv.ExcelCsv;
import nl.municipalnetworks.finance.BudgetApi;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.municipalnetworks.finance.FinanceApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reports against a budget in a network of its own (BUD6), for next year, so that the contribution run held
 * today falls before every date of that year. Three members; the third collects, so its own contribution is booked,
 * not invoiced; one member's invoice is credited; a Platform31 fee of one member is not the network's income.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ReportApiTest {

    private static final String NETWORK = "BUD6";
    private static final String ADMIN = "platform-admin";
    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear() + 1;

    private static boolean booked;

    /** Once per test JVM, by the first test that needs it (Quarkus is up only once a test runs). */
    private static synchronized void aYearOfBooks() {
        if (booked) {
            return;
        }
        Member almelo = FinanceApi.member(NETWORK, "Almelo", "GM0141", LocalDate.of(2019, 1, 1));
        Member bergen = FinanceApi.member(NETWORK, "Bergen op Zoom", "GM0748", LocalDate.of(2019, 1, 1));
        Member collector = FinanceApi.member(NETWORK, "Súdwest-Fryslân", "GM1900", LocalDate.of(2019, 1, 1));
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("network", NETWORK);
        scheme.put("name", "Ledenbijdrage " + NETWORK);
        scheme.put("payers", "MEMBERS");
        scheme.put("payee", NETWORK);
        scheme.put("collector", "Gemeente Súdwest-Fryslân " + NETWORK);
        scheme.put("collectorMunicipalityId", collector.municipalityId().toString());
        scheme.put("validFrom", "2019-01-01");
        scheme.put("basis", "FLAT_PER_MEMBER");
        scheme.put("amountPerYear", 3500.00);
        scheme.put("vat", "OUTSIDE_SCOPE");
        scheme.put("midYearPolicy", "FULL_YEAR");
        as(ADMIN).body(scheme).post("/v1/fee-schemes").then().statusCode(201);
        // Almelo also pays Platform31 under an agreement: Platform31's income, not the network's
        Map<String, Object> perInhabitant = new LinkedHashMap<>(FinanceApi.perInhabitantSchemeBody(NETWORK));
        perInhabitant.put("validTo", null);
        String platform31 = as(ADMIN).body(perInhabitant).post("/v1/fee-schemes").then().statusCode(201).extract().path("id");
        as(ADMIN).body(Map.of("reference", "Almelo - Platform31", "payerMunicipalityId", almelo.municipalityId(),
                "feeSchemeId", platform31, "termStart", "2023-03-01", "termEnd", "2199-12-31"))
                .post("/v1/agreements").then().statusCode(201);
        FinanceApi.population(almelo, "2022-01-01", 73_000);
        as(ADMIN).body(Map.of("year", YEAR)).post("/v1/networks/" + NETWORK + "/contribution-runs").then().statusCode(201)
                .body("created", equalTo(3));
        // Bergen op Zoom's contribution invoice is cancelled by a credit note (another feature sets CREDITED)
        ServiceDatabase.execute("update invoice set status = 'CREDITED' where network = '" + NETWORK + "' and year = " + YEAR
                + " and payer_municipality_id = '" + bergen.municipalityId() + "'");

        BudgetApi.adopted(NETWORK, YEAR, List.of(
                BudgetApi.line("CONTRIBUTIONS", "Ledenbijdragen", "INCOME", "10500.00"),
                BudgetApi.line("PLATFORM31", "Kennispartner Platform31", "EXPENSE", "5000.00"),
                BudgetApi.line("LOBBY", "Lobby en public affairs (Meines Holla)", "EXPENSE", "4000.00"),
                BudgetApi.line("MEETINGS", "Bijeenkomsten (ALV's)", "EXPENSE", "1000.00")));
        BudgetApi.approve(BudgetApi.bill(NETWORK, "Platform31", null, "PLATFORM31", "5000.00", "5000.00", YEAR + "-01-15"));
        BudgetApi.approve(BudgetApi.bill(NETWORK, "Meines Holla", "Q1", "LOBBY", "1000.00", "1210.00", YEAR + "-03-31"));
        BudgetApi.approve(BudgetApi.bill(NETWORK, "Meines Holla", "Q3", "LOBBY", "1000.00", "1210.00", YEAR + "-09-30"));
        BudgetApi.bill(NETWORK, "Zalencentrum", null, "MEETINGS", "661.16", "800.00", YEAR + "-05-01"); // not approved
        booked = true;
    }

    @Test
    void actualsAtADateCountTheContributionsOfTheNetworkAndTheApprovedBillsUpToIt() {
        aYearOfBooks();
        JsonPath report = json(as(ADMIN).get("/v1/networks/" + NETWORK + "/budget-actuals?on=" + YEAR + "-06-30"));
        assertThat(report.getString("on")).isEqualTo(YEAR + "-06-30");
        assertThat(report.getString("budget.status")).isEqualTo("ADOPTED");
        // Almelo's EUR 3,500 invoiced, Bergen op Zoom's credited, Súdwest-Fryslân's own contribution booked
        assertLine(report, "CONTRIBUTIONS", "actual", "7000.00");
        assertLine(report, "PLATFORM31", "actual", "5000.00");
        assertLine(report, "LOBBY", "actual", "1210.00");
        assertLine(report, "LOBBY", "remaining", "2790.00");
        assertLine(report, "MEETINGS", "actual", "0.00");
        assertLine(report, "MEETINGS", "awaitingApproval", "800.00");
        assertThat(FinanceApi.amount(report.get("expenses.actual"))).isEqualByComparingTo("6210.00");
        assertThat(FinanceApi.amount(report.get("result.actual"))).isEqualByComparingTo("790.00");
        assertThat(FinanceApi.amount(report.get("result.budget"))).isEqualByComparingTo("500.00");

        JsonPath later = json(as(ADMIN).get("/v1/networks/" + NETWORK + "/budget-actuals?on=" + YEAR + "-12-31"));
        assertLine(later, "LOBBY", "actual", "2420.00");
        JsonPath january = json(as(ADMIN).get("/v1/networks/" + NETWORK + "/budget-actuals?on=" + YEAR + "-01-14"));
        assertLine(january, "PLATFORM31", "actual", "0.00");
        assertLine(january, "CONTRIBUTIONS", "actual", "7000.00");

        as(ADMIN).get("/v1/networks/" + NETWORK + "/budget-actuals?on=" + (YEAR + 1) + "-01-01").then().statusCode(404)
                .contentType("application/problem+json");
        as(ADMIN).get("/v1/networks/" + NETWORK + "/budget-actuals?on=30-06-" + YEAR).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("on"));
    }

    @Test
    void theHalfYearReportForecastsEachLineAsTheLargerOfBudgetAndActual() {
        aYearOfBooks();
        JsonPath berap = json(as(ADMIN).get("/v1/networks/" + NETWORK + "/half-year-reports/" + YEAR));
        assertThat(berap.getString("actualTo")).isEqualTo(YEAR + "-06-30");
        assertThat(berap.getString("forecastRule")).contains("larger of the budget and the actual");
        assertLine(berap, "CONTRIBUTIONS", "actualToJune30", "7000.00");
        assertLine(berap, "CONTRIBUTIONS", "forecast", "10500.00");
        assertLine(berap, "PLATFORM31", "forecast", "5000.00");
        assertLine(berap, "LOBBY", "actualToJune30", "1210.00");
        assertLine(berap, "LOBBY", "forecast", "4000.00");
        assertThat(FinanceApi.amount(berap.get("result.forecast"))).isEqualByComparingTo("500.00");

        byte[] csv = as(ADMIN).accept("text/csv").get("/v1/networks/" + NETWORK + "/half-year-reports/" + YEAR)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(NETWORK + "-berap-" + YEAR + ".csv"))
                .extract().asByteArray();
        List<List<String>> rows = excelRows(csv);
        assertThat(rows.get(0)).containsExactly("code", "name", "kind", "budget", "actual_to_" + YEAR + "-06-30",
                "forecast", "forecast_minus_budget");
        assertThat(row(rows, "LOBBY")).containsExactly("LOBBY", "Lobby en public affairs (Meines Holla)", "EXPENSE",
                "4000,00", "1210,00", "4000,00", "0,00");
        assertThat(ExcelCsv.parseDecimal(row(rows, "RESULT").get(5))).isEqualByComparingTo("500.00");
    }

    @Test
    void theAnnualAccountsShowIncomeAndExpensesPerCategoryAndTheResultAlsoAsCsv() {
        aYearOfBooks();
        JsonPath accounts = json(as(ADMIN).get("/v1/networks/" + NETWORK + "/annual-accounts/" + YEAR));
        assertThat(accounts.getBoolean("complete")).isFalse();
        assertThat(accounts.getString("status")).isEqualTo("DRAFT");
        assertThat(accounts.getList("income.code")).containsExactly("CONTRIBUTIONS");
        assertThat(accounts.getList("expenses.code")).containsExactly("PLATFORM31", "LOBBY", "MEETINGS");
        assertThat(FinanceApi.amount(accounts.get("totalIncome.actual"))).isEqualByComparingTo("7000.00");
        assertThat(FinanceApi.amount(accounts.get("totalExpenses.actual"))).isEqualByComparingTo("7420.00");
        assertThat(FinanceApi.amount(accounts.get("result.actual"))).isEqualByComparingTo("-420.00");
        assertThat(FinanceApi.amount(accounts.get("expenses.find { it.code == 'LOBBY' }.difference"))).isEqualByComparingTo("-1580.00");

        byte[] csv = as(ADMIN).accept("text/csv").get("/v1/networks/" + NETWORK + "/annual-accounts/" + YEAR)
                .then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode;name;kind;budget;actual;actual_minus_budget\r\n"
                        + "ACCOUNTS_STATUS;Draft: not adopted by the general assembly;DRAFT;;;\r\n")
                .contains("\r\nCONTRIBUTIONS;Ledenbijdragen;INCOME;10500,00;7000,00;-3500,00\r\n")
                .contains("\r\nMEETINGS;Bijeenkomsten (ALV's);EXPENSE;1000,00;0,00;-1000,00\r\n")
                .endsWith("\r\nRESULT;Result (income - expenses);;500,00;-420,00;-920,00\r\n")
                .doesNotContain("\n\n");
        List<List<String>> rows = excelRows(csv);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("code", "ACCOUNTS_STATUS", "CONTRIBUTIONS", "TOTAL_INCOME", "PLATFORM31",
                "LOBBY", "MEETINGS", "TOTAL_EXPENSES", "RESULT");
        assertThat(ExcelCsv.parseDecimal(row(rows, "TOTAL_EXPENSES").get(4))).isEqualByComparingTo("7420.00");

        // a refusal stays problem+json when a file was asked for
        as(ADMIN).accept("text/csv").get("/v1/networks/" + NETWORK + "/annual-accounts/2199").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(NETWORK + " for 2199"));
        // a client that accepts anything gets JSON
        as(ADMIN).accept("*/*").get("/v1/networks/" + NETWORK + "/annual-accounts/" + YEAR).then().statusCode(200)
                .contentType(containsString("application/json"));
        byte[] actuals = as(ADMIN).accept("text/csv").get("/v1/networks/" + NETWORK + "/budget-actuals?on=" + YEAR + "-06-30")
                .then().statusCode(200).extract().asByteArray();
        assertThat(row(excelRows(actuals), "MEETINGS")).containsExactly("MEETINGS", "Bijeenkomsten (ALV's)", "EXPENSE",
                "1000,00", "0,00", "800,00", "1000,00");
    }

    @Test
    void anOfficialSeesTheAccountsOfAnAdoptedBudgetOnly() {
        int year = 2043; // M50's budget of a year no other test uses, not yet adopted
        String draft = BudgetApi.draft("M50", year, BudgetApi.m50Lines());
        as("zeist-official").get("/v1/networks/M50/annual-accounts/" + year).then().statusCode(404);
        as("m50-board").get("/v1/networks/M50/annual-accounts/" + year).then().statusCode(200)
                .body("budget.status", equalTo("DRAFT"));
        BudgetApi.propose(draft);
        BudgetApi.adopt(draft, "2025-10-16");
        as("zeist-official").get("/v1/networks/M50/annual-accounts/" + year).then().statusCode(200)
                .body("budget.id", equalTo(draft));
        as("zeist-official").get("/v1/networks/M50/half-year-reports/" + year).then().statusCode(403);
        as("zeist-official").accept("text/csv").get("/v1/networks/M50/half-year-reports/" + year).then().statusCode(403)
                .contentType("application/problem+json");
        byte[] file = as("zeist-official").accept("text/csv").get("/v1/networks/M50/annual-accounts/" + year).then()
                .statusCode(200).extract().asByteArray();
        assertThat(row(excelRows(file), "PLATFORM31")).containsExactly("PLATFORM31", "Kennispartner Platform31", "EXPENSE",
                "50000,00", "0,00", "-50000,00");
    }

    private static JsonPath json(Response response) {
        return response.then().statusCode(200).header("API-Version", "1.0.0").extract().jsonPath().using(FinanceApi.EXACT);
    }

    private static void assertLine(JsonPath report, String code, String column, String amount) {
        assertThat(FinanceApi.amount(report.get("lines.find { it.code == '" + code + "' }." + column)))
                .as(code + " " + column).isEqualByComparingTo(amount);
    }

    private static List<List<String>> excelRows(byte[] csv) {
        try {
            return ExcelCsv.read(csv);
        } catch (ExcelCsv.Unreadable e) {
            throw new AssertionError(e.reason(), e);
        }
    }

    private static List<String> row(List<List<String>> rows, String code) {
        return rows.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow(() -> new AssertionError("no row " + code));
    }
}
