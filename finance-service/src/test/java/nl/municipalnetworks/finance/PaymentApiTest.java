package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.Ledgers.Invoice;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Payments registered by hand: matched by the reference as payers type it, part then full, overpayment kept as
 * credit, unmatched ones matched by hand, two sellers numbering alike, and the payer's balance.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class PaymentApiTest {

    private static Map<String, Object> payment(String network, String amount, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", network);
        body.put("amount", new java.math.BigDecimal(amount));
        body.put("receivedOn", "2026-12-03");
        body.put("payerName", "Gemeente Deventer");
        body.put("payerIban", "nl39 rabo 0300 0652 64");
        body.put("reference", reference);
        return body;
    }

    private static JsonPath register(Map<String, Object> body) {
        return FinanceApi.as("platform-admin").body(body).post("/v1/payments").then().statusCode(201)
                .header("Location", containsString("/v1/payments/")).extract().jsonPath().using(FinanceApi.EXACT);
    }

    @Test
    void aPartPaymentThenTheRestMakeDeventersInvoicePartlyPaidThenPaidAndWhatIsPaidBeyondIsCredit() {
        Member deventer = Ledgers.deventerWithAgreement("PAY1", "Kassier PAY1");
        Invoice invoice = Ledgers.run("PAY1", deventer).get(0);
        assertThat(invoice.total()).isEqualByComparingTo("18412.45");

        JsonPath part = register(payment("PAY1", "9000.00", "Factuur " + Ledgers.typedLoosely(invoice.reference()) + " contributie"));
        assertThat(part.getString("status")).isEqualTo("MATCHED");
        assertThat(part.getString("matchedBy")).isEqualTo("REFERENCE");
        assertThat(part.getString("invoice.id")).isEqualTo(invoice.id());
        assertThat(part.getString("payer.account")).isEqualTo("NL39RABO0300065264");
        assertThat(FinanceApi.amount(part.get("appliedAmount"))).isEqualByComparingTo("9000.00");
        assertThat(FinanceApi.amount(part.get("creditAmount"))).isEqualByComparingTo("0");
        JsonPath afterPart = Ledgers.invoice(invoice.id());
        assertThat(afterPart.getString("status")).isEqualTo("PARTLY_PAID");
        assertThat(FinanceApi.amount(afterPart.get("paidAmount"))).isEqualByComparingTo("9000.00");
        assertThat(FinanceApi.amount(afterPart.get("outstanding"))).isEqualByComparingTo("9412.45");

        Map<String, Object> rest = payment("PAY1", "10000.00", null);
        rest.put("invoiceId", invoice.id());
        JsonPath full = register(rest);
        assertThat(full.getString("matchedBy")).isEqualTo("INVOICE_ID");
        assertThat(FinanceApi.amount(full.get("appliedAmount"))).isEqualByComparingTo("9412.45");
        assertThat(FinanceApi.amount(full.get("creditAmount"))).isEqualByComparingTo("587.55");
        JsonPath paid = Ledgers.invoice(invoice.id());
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(FinanceApi.amount(paid.get("outstanding"))).isEqualByComparingTo("0");

        JsonPath balances = FinanceApi.as("platform-admin").get("/v1/networks/PAY1/balances").then().statusCode(200)
                .extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(balances.getList("payers")).hasSize(1);
        assertThat(balances.getString("payers[0].payer.cbsCode")).isEqualTo("GM0150");
        assertThat(FinanceApi.amount(balances.get("payers[0].invoiced"))).isEqualByComparingTo("18412.45");
        assertThat(FinanceApi.amount(balances.get("payers[0].paid"))).isEqualByComparingTo("19000.00");
        assertThat(FinanceApi.amount(balances.get("payers[0].outstanding"))).isEqualByComparingTo("0");
        assertThat(FinanceApi.amount(balances.get("payers[0].credit"))).isEqualByComparingTo("587.55");
        assertThat(FinanceApi.amount(balances.get("credit"))).isEqualByComparingTo("587.55");
        FinanceApi.as("platform-admin").get("/v1/networks/PAY1/balances?year=2025").then().statusCode(200)
                .body("payers", org.hamcrest.Matchers.empty());

        // announced twice, in the payments' transactions, keyed by the invoice
        assertThat(Ledgers.events(invoice.id(), "payment-received")).isEqualTo(2);
        FinanceApi.as("platform-admin").get("/v1/payments?network=PAY1&invoiceId=" + invoice.id()).then().statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void anUnmatchedPaymentIsKeptForTheTreasurerWhoMatchesItByHand() {
        Member deventer = Ledgers.deventerWithAgreement("PAY2", "Kassier PAY2");
        Invoice invoice = Ledgers.run("PAY2", deventer).get(0);

        JsonPath unmatched = register(payment("PAY2", "18412.45", "contributie 2026 gemeente Deventer"));
        String id = unmatched.getString("id");
        assertThat(unmatched.getString("status")).isEqualTo("UNMATCHED");
        assertThat(unmatched.getString("unmatchedReason")).contains("no invoice reference of PAY2");
        assertThat(unmatched.getString("invoice")).isNull();
        FinanceApi.as("m50-treasurer").get("/v1/payments?network=PAY2&unmatched=true").then().statusCode(403);
        FinanceApi.as("platform-admin").get("/v1/payments?network=PAY2&unmatched=true").then().statusCode(200)
                .body("items.id", hasItem(id));
        FinanceApi.as("platform-admin").get("/v1/payments?network=PAY2&unmatched=maybe").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("unmatched"));
        // nobody's municipality yet: the official of a member does not see it
        FinanceApi.as("zeist-official").get("/v1/payments/" + id).then().statusCode(403);

        // an invoice of another network is refused, nothing changes
        Member other = Ledgers.deventerWithAgreement("PAY2X", "Kassier PAY2X");
        Invoice elsewhere = Ledgers.run("PAY2X", other).get(0);
        FinanceApi.as("platform-admin").body(Map.of("invoiceId", elsewhere.id())).post("/v1/payments/" + id + "/match")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("invoiceId"));

        JsonPath matched = FinanceApi.as("platform-admin").body(Map.of("invoiceId", invoice.id()))
                .post("/v1/payments/" + id + "/match").then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
        assertThat(matched.getString("status")).isEqualTo("MATCHED");
        assertThat(matched.getString("matchedBy")).isEqualTo("BY_HAND");
        assertThat(matched.getString("unmatchedReason")).isNull();
        assertThat(matched.getString("invoice.status")).isEqualTo("PAID");
        assertThat(Ledgers.invoice(invoice.id()).getString("status")).isEqualTo("PAID");
        FinanceApi.as("platform-admin").get("/v1/payments?network=PAY2&unmatched=true").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        FinanceApi.as("platform-admin").body(Map.of("invoiceId", invoice.id())).post("/v1/payments/" + id + "/match")
                .then().statusCode(409);
        assertThat(Ledgers.events(invoice.id(), "payment-received")).isEqualTo(1);
    }

    @Test
    void twoSellersNumberingAlikeLeaveThePaymentUnmatchedUnlessItNamesTheSellerWhoReceivedIt() {
        Member deventer = Ledgers.deventerWithAgreement("PAY3", "Platform31 PAY3");
        Ledgers.flatMemberScheme("PAY3", "Meierijstad PAY3");
        List<Invoice> invoices = Ledgers.run("PAY3", deventer);
        assertThat(invoices).hasSize(2);
        assertThat(invoices.get(0).reference()).isEqualTo(invoices.get(1).reference());
        Invoice platform31 = invoices.stream().filter(i -> i.seller().equals("Platform31 PAY3")).findFirst().orElseThrow();

        JsonPath ambiguous = register(payment("PAY3", "18412.45", platform31.reference()));
        assertThat(ambiguous.getString("status")).isEqualTo("UNMATCHED");
        assertThat(ambiguous.getString("unmatchedReason")).contains("Meierijstad PAY3 and Platform31 PAY3");

        Map<String, Object> named = payment("PAY3", "18412.45", platform31.reference());
        named.put("seller", "Platform31 PAY3");
        JsonPath matched = register(named);
        assertThat(matched.getString("invoice.id")).isEqualTo(platform31.id());
        assertThat(matched.getString("invoice.status")).isEqualTo("PAID");
    }

    @Test
    void aPaymentFromTheFutureWithAWrongIbanOrForACreditedInvoiceIsRefusedAndWritesNothing() {
        Member deventer = Ledgers.deventerWithAgreement("PAY4", "Kassier PAY4");
        Invoice invoice = Ledgers.run("PAY4", deventer).get(0);
        FinanceApi.as("platform-admin").body(Map.of("reason", "Verkeerde telling"))
                .post("/v1/invoices/" + invoice.id() + "/credit-note").then().statusCode(201);

        ServiceDatabase.awaitOutboxPublished();
        long before = ServiceDatabase.nextTransactionId();
        Map<String, Object> future = payment("PAY4", "10.00", invoice.reference());
        future.put("receivedOn", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1).toString());
        FinanceApi.as("platform-admin").body(future).post("/v1/payments").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("receivedOn"));
        Map<String, Object> typo = payment("PAY4", "10.00", invoice.reference());
        typo.put("payerIban", "NL39 RABO 0300 0652 46");
        FinanceApi.as("platform-admin").body(typo).post("/v1/payments").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("payerIban"))
                .body("invalidParams[0].reason", containsString("check digits"));
        Map<String, Object> credited = payment("PAY4", "10.00", null);
        credited.put("invoiceId", invoice.id());
        FinanceApi.as("platform-admin").body(credited).post("/v1/payments").then().statusCode(409)
                .body("detail", containsString("credited"));
        FinanceApi.as("m50-treasurer").body(payment("PAY4", "10.00", null)).post("/v1/payments").then().statusCode(403);
        assertThat(ServiceDatabase.rowsWrittenBetween(before, ServiceDatabase.nextTransactionId())).isZero();

        // quoting the credited invoice's reference: kept unmatched, for the treasurer to match to its successor
        assertThat(register(payment("PAY4", "10.00", invoice.reference())).getString("unmatchedReason")).contains("was credited");
    }

    @Test
    void anOfficialSeesOnlyItsOwnMunicipalitysPaymentsAndBalance() {
        Member zeist = FinanceApi.member("M50", "Zeist", "GM0355", LocalDate.of(2019, 1, 1));
        Member oss = FinanceApi.member("M50", "Oss", "GM1894", LocalDate.of(2019, 1, 1));
        FinanceApi.m50MemberScheme();
        Invoice zeists = Ledgers.run("M50", zeist).get(0);
        Invoice osses = Ledgers.invoicesOf("M50", oss).get(0);
        for (Invoice invoice : List.of(zeists, osses)) {
            Map<String, Object> body = payment("M50", "100.00", null);
            body.put("invoiceId", invoice.id());
            register(body);
        }
        List<String> seen = FinanceApi.as("zeist-official").get("/v1/payments?network=M50&pageSize=100").then()
                .statusCode(200).extract().path("items.invoice.payerCbsCode");
        assertThat(seen).isNotEmpty().containsOnly("GM0355");
        List<String> balances = FinanceApi.as("zeist-official").get("/v1/networks/M50/balances").then().statusCode(200)
                .extract().path("payers.payer.cbsCode");
        // (other tests make a Zeist of their own in M50: each is a payer of its own, all GM0355)
        assertThat(balances).isNotEmpty().containsOnly("GM0355");
        List<String> all = FinanceApi.as("m50-board").get("/v1/networks/M50/balances").then().statusCode(200)
                .extract().path("payers.payer.cbsCode");
        assertThat(all).contains("GM0355", "GM1894");
    }
}
