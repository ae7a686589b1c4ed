package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.member.MemberViewProbe;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The yearly contribution run through the API: what the preview computes, issued as invoices numbered per seller
 * and year without gaps; a second run issues nothing; exceptions are answered, not invoiced.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ContributionRunApiTest {

    @Test
    void anM50RunInvoicesEveryMemberThreeThousandFiveHundredOnceAndTheNumbersHaveNoGaps() {
        String scheme = FinanceApi.m50MemberScheme();
        Member oss = FinanceApi.member("M50", "Oss", "GM1894", LocalDate.of(2019, 1, 1));
        Member tilburg = FinanceApi.member("M50", "Tilburg", "GM0855", LocalDate.of(2019, 1, 1));

        JsonPath first = FinanceApi.as("m50-treasurer").body(Map.of("year", 2026)).post("/v1/networks/M50/contribution-runs")
                .then().statusCode(201).extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(first.getInt("created")).isPositive();
        for (Member member : List.of(oss, tilburg)) {
            JsonPath page = FinanceApi.as("m50-board").get("/v1/invoices?network=M50&year=2026&payerMunicipalityId="
                    + member.municipalityId()).then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
            List<Map<String, Object>> items = page.getList("items.findAll { it.feeSchemeId == '" + scheme + "' }");
            assertThat(items).hasSize(1);
            Map<String, Object> invoice = items.get(0);
            assertThat(FinanceApi.amount(invoice.get("total"))).isEqualByComparingTo("3500.00");
            assertThat(invoice).containsEntry("status", "ISSUED").containsEntry("seller", "Meierijstad");
            assertThat((String) invoice.get("number")).matches("\\d{4}-\\d{6}");
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
            assertThat(invoice.get("issueDate")).isEqualTo(today.toString());
            assertThat(invoice.get("dueDate")).isEqualTo(today.plusDays(30).toString());
            assertThat(invoice.get("paymentReference")).isEqualTo("M50-" + invoice.get("number"));
        }

        FinanceApi.as("m50-treasurer").body(Map.of("year", 2026)).post("/v1/networks/M50/contribution-runs")
                .then().statusCode(200).body("created", equalTo(0));
        assertGapless();
    }

    @Test
    void aG40RunInvoicesDeventerEighteenThousandFourHundredTwelveAndSkipsAMissingCount() {
        Member deventer = FinanceApi.member("G40", "Deventer", "GM0150", LocalDate.of(2014, 1, 1));
        FinanceApi.population(deventer, "2022-01-01", 101_446);
        String scheme = FinanceApi.perInhabitantScheme("G40");
        String agreement = FinanceApi.agreement(scheme, deventer);
        Member zwolle = FinanceApi.member("G40", "Zwolle", "GM0193", LocalDate.of(2014, 1, 1));
        String zwolleAgreement = FinanceApi.agreement(scheme, zwolle);

        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/G40/contribution-runs")
                .then().statusCode(201)
                .body("exceptions.find { it.agreementId == '" + zwolleAgreement + "' }.kind", equalTo("MISSING_POPULATION"))
                .body("createdInvoices.agreementId", hasItem(agreement))
                .body("createdInvoices.agreementId", not(hasItem(zwolleAgreement)));

        String id = FinanceApi.invoiceOf("G40", 2026, deventer, agreement);
        JsonPath invoice = FinanceApi.as("g40-secretariat").get("/v1/invoices/" + id).then().statusCode(200)
                .header("API-Version", "1.0.0").extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(FinanceApi.amount(invoice.get("netTotal"))).isEqualByComparingTo("15216.90");
        assertThat(FinanceApi.amount(invoice.get("vatTotal"))).isEqualByComparingTo("3195.55");
        assertThat(FinanceApi.amount(invoice.get("total"))).isEqualByComparingTo("18412.45");
        assertThat(invoice.getString("seller")).isEqualTo("Platform31");
        assertThat(invoice.getString("payer.cbsCode")).isEqualTo("GM0150");
        assertThat(invoice.getList("lines")).hasSize(1);
        assertThat(FinanceApi.amount(invoice.get("lines[0].quantity"))).isEqualByComparingTo("101446");
        assertThat(FinanceApi.amount(invoice.get("lines[0].netAmount"))).isEqualByComparingTo("15216.90");
        FinanceApi.as("g40-secretariat").get("/v1/invoices?network=G40&year=2026&payerMunicipalityId=" + zwolle.municipalityId())
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());

        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/G40/contribution-runs")
                .then().statusCode(200).body("created", equalTo(0))
                .body("alreadyExisting", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(MemberViewProbe.query("select count(*) from invoice where agreement_id = '" + agreement + "'")).isEqualTo(1);
        // announced once, in the invoice's transaction, with the stored totals
        assertThat(MemberViewProbe.query("select count(*) from outbox_event where subject = '" + id
                + "' and topic = 'finance-events' and event_type = 'nl.municipalnetworks.finance.invoice-issued.v1'"
                + " and payload like '%\"total\":18412.45%'")).isEqualTo(1);
        assertGapless();
    }

    @Test
    void anOfficialReadsOnlyItsOwnMunicipalitysInvoices() {
        FinanceApi.m50MemberScheme();
        Member zeist = FinanceApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/M50/contribution-runs");
        List<String> seen = FinanceApi.as("zeist-official").get("/v1/invoices?network=M50&pageSize=100")
                .then().statusCode(200).extract().path("items.payer.cbsCode");
        assertThat(seen).isNotEmpty().containsOnly("GM0355");
        List<String> ids = FinanceApi.as("m50-board").get("/v1/invoices?network=M50&year=2026&payerMunicipalityId="
                + zeist.municipalityId()).then().statusCode(200).extract().path("items.id");
        FinanceApi.as("waalwijk-official").get("/v1/invoices/" + ids.get(0)).then().statusCode(403);
        FinanceApi.as("zeist-official").get("/v1/invoices/" + ids.get(0)).then().statusCode(200);
    }

    @Test
    void twoRunsAtOnceIssueEachInvoiceOnceWithoutGaps() throws Exception {
        Member enschede = FinanceApi.member("G40", "Enschede", "GM0153", LocalDate.of(2014, 1, 1));
        FinanceApi.population(enschede, "2022-01-01", 160_000);
        String agreement = FinanceApi.agreement(FinanceApi.perInhabitantScheme("G40"), enschede);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> run = () -> FinanceApi.as("platform-admin").body(Map.of("year", 2026))
                    .post("/v1/networks/G40/contribution-runs").then().extract().statusCode();
            List<java.util.concurrent.Future<Integer>> answers = pool.invokeAll(List.of(run, run));
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(200, 201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(MemberViewProbe.query("select count(*) from invoice where agreement_id = '" + agreement + "'")).isEqualTo(1);
        assertGapless();
    }

    /**
     * Per seller and year: numbers 1..n, each exactly once, and the counter at n. Credit notes draw from the same
     * sequence as invoices, so the numbers of both count.
     */
    static void assertGapless() {
        String numbers = "(select seller, number from invoice union all select seller, number from credit_note)";
        assertThat(MemberViewProbe.query("select count(*) from (select seller, left(number, 4), count(*) as c, "
                + "count(distinct number) as d, max(cast(right(number, 6) as integer)) as m from " + numbers + " as n "
                + "group by seller, left(number, 4)) as g where c <> m or d <> c")).isZero();
        assertThat(MemberViewProbe.query("select count(*) from invoice_number_counter k where k.last_number <> "
                + "(select count(*) from " + numbers + " as i where i.seller = k.seller and left(i.number, 4) = cast(k.year as text))"))
                .isZero();
    }
}
