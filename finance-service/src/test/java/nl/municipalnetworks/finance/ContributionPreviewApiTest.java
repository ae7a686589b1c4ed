package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The contribution preview through the API, on members and CBS counts made known through member-service's events
 * (the real broker): Deventer's EUR 15,216.90 ex VAT under its agreement with Platform31, M50's flat EUR 3,500,
 * a missing count as an exception rather than a zero, and notice that moves the effective end.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ContributionPreviewApiTest {

    @Test
    void deventerPaysFifteenCentsPerInhabitantOnTheCountOf2022PlusVat() {
        Member deventer = FinanceApi.member("G40", "Deventer", "GM0150", LocalDate.of(2014, 1, 1));
        FinanceApi.population(deventer, "2022-01-01", 101_446);
        String scheme = FinanceApi.perInhabitantScheme("G40");
        String agreement = FinanceApi.agreement(scheme, deventer);

        JsonPath preview = FinanceApi.as("g40-secretariat").get("/v1/networks/G40/contribution-preview?year=2026")
                .then().statusCode(200).header("API-Version", "1.0.0").extract().jsonPath().using(FinanceApi.EXACT);
        Map<String, Object> row = only(preview.getList("contributions.findAll { it.agreementId == '" + agreement + "' }"));
        assertThat(row).containsEntry("kind", "CHARGED").containsEntry("collector", "Platform31");
        assertThat(((Map<?, ?>) row.get("payer")).get("name")).isEqualTo("Deventer");
        assertThat(FinanceApi.amount(row.get("netTotal"))).isEqualByComparingTo("15216.90");
        assertThat(FinanceApi.amount(row.get("vatTotal"))).isEqualByComparingTo("3195.55");
        assertThat(FinanceApi.amount(row.get("total"))).isEqualByComparingTo("18412.45");
        Map<?, ?> line = (Map<?, ?>) ((List<?>) row.get("lines")).get(0);
        assertThat(FinanceApi.amount(line.get("quantity"))).isEqualByComparingTo("101446");
        assertThat(FinanceApi.amount(line.get("unitPrice"))).isEqualByComparingTo("0.15");
        assertThat(line.get("unit")).isEqualTo("INHABITANT");
        assertThat(line.get("vatCategory")).isEqualTo("STANDARD_RATE");
    }

    @Test
    void aMissingCountIsAnExceptionNotAZeroAmount() {
        Member zwolle = FinanceApi.member("G40", "Zwolle", "GM0193", LocalDate.of(2014, 1, 1));
        String agreement = FinanceApi.agreement(FinanceApi.perInhabitantScheme("G40"), zwolle);

        FinanceApi.as("platform-admin").get("/v1/networks/G40/contribution-preview?year=2026").then().statusCode(200)
                .body("contributions.agreementId", not(hasItem(agreement)))
                .body("exceptions.find { it.agreementId == '" + agreement + "' }.kind", equalTo("MISSING_POPULATION"))
                .body("exceptions.find { it.agreementId == '" + agreement + "' }.referenceDate", equalTo("2022-01-01"));
    }

    @Test
    void everyM50MemberPaysAFlatThreeThousandFiveHundredAndAnOfficialSeesOnlyItsOwn() {
        String scheme = FinanceApi.m50MemberScheme();
        Member zeist = FinanceApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));

        JsonPath preview = FinanceApi.as("m50-board").get("/v1/networks/M50/contribution-preview?year=2026")
                .then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
        Map<String, Object> row = only(preview.getList("contributions.findAll { it.payer.municipalityId == '"
                + zeist.municipalityId() + "' && it.feeSchemeId == '" + scheme + "' }"));
        assertThat(FinanceApi.amount(row.get("netTotal"))).isEqualByComparingTo("3500.00");
        assertThat(FinanceApi.amount(row.get("vatTotal"))).isEqualByComparingTo("0.00");
        assertThat(FinanceApi.amount(row.get("total"))).isEqualByComparingTo("3500.00");

        // The official of Zeist (GM0355) sees Zeist's lines only; Waalwijk's (GM0867) official none of them.
        List<String> seenByZeist = FinanceApi.as("zeist-official").get("/v1/networks/M50/contribution-preview?year=2026")
                .then().statusCode(200).extract().path("contributions.payer.cbsCode");
        assertThat(seenByZeist).isNotEmpty().containsOnly("GM0355");
        FinanceApi.as("waalwijk-official").get("/v1/networks/M50/contribution-preview?year=2026").then().statusCode(200)
                .body("contributions.payer.municipalityId", not(hasItem(zeist.municipalityId().toString())));
    }

    @Test
    void noticeBeforeSeptemberEndsTheAgreementOnTheThirtyFirstOfDecember() {
        Member enschede = FinanceApi.member("G40", "Enschede", "GM0153", LocalDate.of(2014, 1, 1));
        FinanceApi.population(enschede, "2022-01-01", 160_000);
        String agreement = FinanceApi.agreement(FinanceApi.perInhabitantScheme("G40"), enschede);

        FinanceApi.as("platform-admin").body(Map.of("givenOn", "2026-05-15", "givenBy", "PAYER"))
                .post("/v1/agreements/" + agreement + "/notice").then().statusCode(200)
                .body("effectiveEnd", equalTo("2026-12-31"))
                .body("notice.givenOn", equalTo("2026-05-15"));
        FinanceApi.as("platform-admin").body(Map.of("givenOn", "2026-06-01", "givenBy", "PAYEE"))
                .post("/v1/agreements/" + agreement + "/notice").then().statusCode(409);
        FinanceApi.as("g40-secretariat").get("/v1/agreements/" + agreement).then().statusCode(200)
                .body("effectiveEnd", equalTo("2026-12-31"));
        FinanceApi.as("g40-secretariat").get("/v1/networks/G40/contribution-preview?year=2027").then().statusCode(200)
                .body("contributions.agreementId", not(hasItem(agreement)));
    }

    @Test
    void anAgreedSurplusLowersTheLastYearsContributionOnceAndNotAfterItsInvoice() {
        // a network of its own: the run below issues every invoice of the network for 2027
        Member almelo = FinanceApi.member("SRPL", "Almelo", "GM0141", LocalDate.of(2014, 1, 1));
        FinanceApi.population(almelo, "2022-01-01", 73_000);
        String agreement = FinanceApi.agreement(FinanceApi.perInhabitantScheme("SRPL"), almelo);
        String surplus = "/v1/agreements/" + agreement + "/surplus";

        FinanceApi.as("platform-admin").body(Map.of("amount", new BigDecimal("1000.00"), "agreedByPayerOn", "2020-01-01",
                        "agreedByPayeeOn", "2027-03-02")).post(surplus).then().statusCode(400)
                .body("invalidParams.name", hasItem("agreedByPayerOn"));
        FinanceApi.as("platform-admin").body(Map.of("amount", new BigDecimal("1000.00"), "agreedByPayerOn", "2027-03-10",
                        "agreedByPayeeOn", "2027-03-02")).post(surplus).then().statusCode(200)
                .body("surplus.amount", equalTo(1000.00f)).body("surplus.settledIn", equalTo(2027));
        FinanceApi.as("platform-admin").body(Map.of("amount", new BigDecimal("500.00"), "agreedByPayerOn", "2027-03-10",
                "agreedByPayeeOn", "2027-03-02")).post(surplus).then().statusCode(409);

        // 73,000 x EUR 0.15 = 10,950.00, less the surplus 1,000.00 = 9,950.00; VAT 21 % 2,089.50; total 12,039.50
        JsonPath preview = FinanceApi.as("platform-admin").get("/v1/networks/SRPL/contribution-preview?year=2027")
                .then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
        Map<String, Object> row = only(preview.getList("contributions.findAll { it.agreementId == '" + agreement + "' }"));
        assertThat(FinanceApi.amount(row.get("netTotal"))).isEqualByComparingTo("9950.00");
        assertThat(FinanceApi.amount(row.get("vatTotal"))).isEqualByComparingTo("2089.50");
        assertThat(FinanceApi.amount(row.get("total"))).isEqualByComparingTo("12039.50");
        assertThat((List<?>) row.get("lines")).hasSize(2);
        // 2026 is not the last year: no reduction there
        JsonPath preview2026 = FinanceApi.as("platform-admin").get("/v1/networks/SRPL/contribution-preview?year=2026")
                .then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(FinanceApi.amount(only(preview2026.getList("contributions.findAll { it.agreementId == '" + agreement
                + "' }")).get("netTotal"))).isEqualByComparingTo("10950.00");

        // once 2027 is invoiced, a surplus for it can no longer be recorded on another agreement of the network
        Member hengelo = FinanceApi.member("SRPL", "Hengelo", "GM0164", LocalDate.of(2014, 1, 1));
        FinanceApi.population(hengelo, "2022-01-01", 81_000);
        String other = FinanceApi.agreement(FinanceApi.perInhabitantScheme("SRPL"), hengelo);
        FinanceApi.invoiceOf("SRPL", 2027, hengelo, other);
        FinanceApi.as("platform-admin").body(Map.of("amount", new BigDecimal("500.00"), "agreedByPayerOn", "2027-03-10",
                        "agreedByPayeeOn", "2027-03-02")).post("/v1/agreements/" + other + "/surplus").then().statusCode(409)
                .body("detail", containsString("already issued"));
    }

    private static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
