package nl.municipalnetworks.finance.einvoice;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.finance.FinanceApi;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * An issued invoice through the API as an e-invoice (Accept: application/xml) and as a page (text/html): after a
 * contribution run and once the billing details of both parties are registered; a 409 naming the party before.
 * The XML passes the official rule sets. Network EINV and its own collector, so that no other test's data mixes in.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class EInvoiceApiTest {

    private static final String XML = "application/xml";
    private static final String HTML = "text/html";

    @Test
    void aRunsInvoiceBecomesAValidEInvoiceOnceBothPartiesHaveBillingDetails() {
        Member payer = FinanceApi.member("EINV", "Einvoicestad", "GM9101", LocalDate.of(2019, 1, 1));
        FinanceApi.population(payer, "2022-01-01", 101_446);
        Map<String, Object> scheme = new LinkedHashMap<>(FinanceApi.perInhabitantSchemeBody("EINV"));
        scheme.put("collector", "Platform31 EINV");
        String schemeId = FinanceApi.as("platform-admin").body(scheme).post("/v1/fee-schemes").then().statusCode(201)
                .extract().path("id");
        String invoice = FinanceApi.invoiceOf("EINV", 2026, payer, FinanceApi.agreement(schemeId, payer));
        String path = "/v1/invoices/" + invoice;

        // neither party has billing details: a 409 that names both, for XML and HTML alike
        for (String type : List.of(XML, HTML)) {
            FinanceApi.as("platform-admin").accept(type).get(path).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("invalidParams.name", hasItems("seller", "buyer"))
                    .body("detail", containsString("Platform31 EINV"))
                    .body("detail", containsString("Einvoicestad"));
        }
        // the JSON is as it was
        FinanceApi.as("platform-admin").get(path).then().statusCode(200).contentType("application/json")
                .body("number", startsWith("2026-"));

        FinanceApi.party(FinanceApi.buyerPartyBody(payer));
        FinanceApi.as("platform-admin").accept(XML).get(path).then().statusCode(409)
                .body("invalidParams.name", equalTo(List.of("seller")));

        Map<String, Object> seller = new LinkedHashMap<>(FinanceApi.sellerPartyBody("Platform31 EINV"));
        seller.remove("iban");
        String sellerId = FinanceApi.party(seller);
        FinanceApi.as("platform-admin").accept(XML).get(path).then().statusCode(409)
                .body("invalidParams[0].name", equalTo("seller"))
                .body("detail", containsString("no IBAN"));

        FinanceApi.as("m50-treasurer").body(FinanceApi.sellerPartyBody("Platform31 EINV")).put("/v1/parties/" + sellerId)
                .then().statusCode(200).body("iban", equalTo("NL20INGB0001234567"));
        Response xml = FinanceApi.as("platform-admin").accept(XML).get(path);
        xml.then().statusCode(200).contentType(startsWith(XML)).header("API-Version", "1.0.0");
        byte[] ubl = xml.asByteArray();
        assertThat(OfficialRules.errors(ubl)).isEmpty();
        String text = new String(ubl, StandardCharsets.UTF_8);
        assertThat(text).contains("<cbc:PayableAmount currencyID=\"EUR\">18412.45</cbc:PayableAmount>",
                "<cbc:TaxAmount currencyID=\"EUR\">3195.55</cbc:TaxAmount>", "<cbc:BuyerReference>GM9101</cbc:BuyerReference>",
                "<cbc:PaymentID>EINV-2026-", "<cbc:ID>NL20INGB0001234567</cbc:ID>");

        String html = FinanceApi.as("platform-admin").accept(HTML).get(path).then().statusCode(200)
                .contentType(startsWith(HTML)).extract().asString();
        assertThat(html).contains("<h1>Factuur</h1>", "€ 18.412,45", "€ 3.195,55", "Betalingskenmerk",
                "Stichting Platform31 EINV", "Gemeente Einvoicestad");

        // a browser's Accept gets the page, a client that takes anything the JSON
        given().auth().oauth2(TestTokens.forUser("platform-admin"))
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get(path)
                .then().statusCode(200).contentType(startsWith(HTML));
        given().auth().oauth2(TestTokens.forUser("platform-admin")).accept("*/*").get(path)
                .then().statusCode(200).contentType(startsWith("application/json"));

        // who may not read the invoice reads neither form of it; mistakes stay problem+json
        for (String type : List.of(XML, HTML)) {
            given().accept(type).get(path).then().statusCode(401).contentType("application/problem+json");
            for (String user : List.of("m50-treasurer", "g40-secretariat", "zeist-official", "platform31-partner")) {
                FinanceApi.as(user).accept(type).get(path).then().statusCode(403).contentType("application/problem+json");
            }
            given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret")).accept(type)
                    .get(path).then().statusCode(403);
            FinanceApi.as("platform-admin").accept(type).get("/v1/invoices/" + java.util.UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json");
            FinanceApi.as("platform-admin").accept(type).get("/v1/invoices/not-a-uuid")
                    .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("id"));
        }
    }

    /** Every caller answers the same for the XML and the HTML as for the JSON of an M50 member's invoice. */
    @Test
    void theXmlAndTheHtmlAreReadByWhoeverReadsTheJson() {
        String scheme = FinanceApi.m50MemberScheme();
        Member zeist = FinanceApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/M50/contribution-runs")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        List<String> ids = FinanceApi.as("platform-admin").get("/v1/invoices?network=M50&year=2026&payerMunicipalityId="
                + zeist.municipalityId()).then().statusCode(200)
                .extract().path("items.findAll { it.feeSchemeId == '" + scheme + "' }.id");
        assertThat(ids).hasSize(1);
        String path = "/v1/invoices/" + ids.get(0);
        String seller = FinanceApi.as("platform-admin").get(path).then().extract().path("seller");
        ensureSellerParty(seller);
        FinanceApi.party(FinanceApi.buyerPartyBody(zeist));

        byte[] ubl = FinanceApi.as("zeist-official").accept(XML).get(path).then().statusCode(200).extract().asByteArray();
        assertThat(OfficialRules.errors(ubl)).isEmpty();
        assertThat(new String(ubl, StandardCharsets.UTF_8)).contains("<cbc:ID>O</cbc:ID>", "Niet onderworpen aan btw",
                "<cbc:PayableAmount currencyID=\"EUR\">3500.00</cbc:PayableAmount>");

        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String user : List.of("platform-admin", "m50-treasurer", "m50-board", "m50-secretariat", "zeist-official",
                "waalwijk-official", "m50-pillar-chair", "platform31-partner", "g40-secretariat")) {
            int json = FinanceApi.as(user).get(path).statusCode();
            expected.put(user, json);
            for (String type : List.of(XML, HTML)) {
                assertThat(FinanceApi.as(user).accept(type).get(path).statusCode()).as(user + " " + type).isEqualTo(json);
            }
        }
        assertThat(expected).containsEntry("zeist-official", 200).containsEntry("m50-board", 200)
                .containsEntry("waalwijk-official", 403).containsEntry("g40-secretariat", 403);
    }

    /** The M50 collector's billing details (outside the scope of VAT: no VAT number needed), once per test run. */
    private static synchronized void ensureSellerParty(String collectorName) {
        Map<String, Object> body = new LinkedHashMap<>(FinanceApi.sellerPartyBody(collectorName));
        body.put("legalName", "Gemeente " + collectorName);
        body.remove("vatNumber");
        int status = FinanceApi.as("platform-admin").body(body).post("/v1/parties").statusCode();
        assertThat(status).isIn(201, 409);
    }
}
