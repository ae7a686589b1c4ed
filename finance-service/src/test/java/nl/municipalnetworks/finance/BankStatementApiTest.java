package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.Ledgers.Invoice;
import nl.municipalnetworks.finance.bankstatement.CamtFixtures;
import nl.municipalnetworks.finance.member.MemberViewProbe;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * camt.053 statements as Dutch banks export them, imported as payments: Deventer's payment marks its invoice paid,
 * a statement imported twice registers nothing twice, part then full, an unmatched credit, a .08 batch, the seller of
 * an account, and a statement that cannot be read is refused whole.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class BankStatementApiTest {

    /** Sends the statement, naming the seller whose account it is of when {@code seller} is not empty. */
    private static Response send(String network, String seller, byte[] xml) {
        var request = given().auth().oauth2(TestTokens.forUser("platform-admin")).contentType("application/xml").body(xml);
        if (!seller.isEmpty()) {
            request = request.queryParam("seller", seller);
        }
        return request.post("/v1/networks/" + network + "/bank-statements");
    }

    private static JsonPath imported(String network, String seller, byte[] xml, int status) {
        return send(network, seller, xml).then().statusCode(status).extract().jsonPath().using(FinanceApi.EXACT);
    }

    private static byte[] fixture(String name, Map<String, String> values) {
        return CamtFixtures.bytes(name, values);
    }

    @Test
    void anIngStatementMarksDeventersInvoicePaidAndImportingItAgainRegistersNothingTwice() {
        Member deventer = Ledgers.deventerWithAgreement("PAY5", "Kassier PAY5");
        Invoice invoice = Ledgers.run("PAY5", deventer).get(0);
        byte[] statement = fixture("deventer-ing.camt053.001.02.xml", Map.of("RUN", "PAY5", "ACCOUNT", Ledgers.account(5),
                "REF", Ledgers.typedLoosely(invoice.reference())));

        JsonPath first = imported("PAY5", "", statement, 201);
        assertThat(first.getString("version")).isEqualTo("camt.053.001.02");
        assertThat(first.getInt("payments")).isEqualTo(1);
        assertThat(first.getInt("matched")).isEqualTo(1);
        assertThat(first.getInt("unmatched")).isZero();
        assertThat(first.getInt("alreadyImported")).isZero();
        assertThat(first.getInt("skippedEntries")).isEqualTo(2);
        assertThat(first.getString("registered[0].payer.name")).isEqualTo("Gemeente Deventer");
        assertThat(first.getString("registered[0].receivedOn")).isEqualTo("2026-12-03");
        assertThat(first.getString("registered[0].source")).isEqualTo("BANK_STATEMENT");
        JsonPath paid = Ledgers.invoice(invoice.id());
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(FinanceApi.amount(paid.get("paidAmount"))).isEqualByComparingTo("18412.45");
        assertThat(Ledgers.events(invoice.id(), "payment-received")).isEqualTo(1);

        JsonPath again = imported("PAY5", "", statement, 200);
        assertThat(again.getInt("payments")).isZero();
        assertThat(again.getInt("alreadyImported")).isEqualTo(1);
        assertThat(MemberViewProbe.query("select count(*) from payment where invoice_id = '" + invoice.id() + "'")).isEqualTo(1);
        assertThat(FinanceApi.amount(Ledgers.invoice(invoice.id()).get("paidAmount"))).isEqualByComparingTo("18412.45");
        assertThat(Ledgers.events(invoice.id(), "payment-received")).isEqualTo(1);
    }

    @Test
    void aPartPaymentAndTheRestFromTwoRabobankStatements() {
        Member deventer = Ledgers.deventerWithAgreement("PAY6", "Kassier PAY6");
        Invoice invoice = Ledgers.run("PAY6", deventer).get(0);
        String account = Ledgers.account(6);
        imported("PAY6", "", fixture("partial-rabobank.camt053.001.02.xml", Map.of("RUN", "PAY6-1", "ACCOUNT", account,
                "REF", invoice.reference(), "AMOUNT", "9000.00", "DATE", "2026-12-04")), 201);
        JsonPath part = Ledgers.invoice(invoice.id());
        assertThat(part.getString("status")).isEqualTo("PARTLY_PAID");
        assertThat(FinanceApi.amount(part.get("outstanding"))).isEqualByComparingTo("9412.45");

        imported("PAY6", "", fixture("partial-rabobank.camt053.001.02.xml", Map.of("RUN", "PAY6-2", "ACCOUNT", account,
                "REF", invoice.reference().replace("-", "/"), "AMOUNT", "9412.45", "DATE", "2026-12-05")), 201);
        JsonPath full = Ledgers.invoice(invoice.id());
        assertThat(full.getString("status")).isEqualTo("PAID");
        assertThat(FinanceApi.amount(full.get("outstanding"))).isEqualByComparingTo("0");
    }

    @Test
    void anUnmatchedCreditIsKeptAndAStatementThatCannotBeReadIsRefusedWholeNamingElementAndLine() {
        Member deventer = Ledgers.deventerWithAgreement("PAY7", "Kassier PAY7");
        Invoice invoice = Ledgers.run("PAY7", deventer).get(0);
        String account = Ledgers.account(7);
        JsonPath unmatched = imported("PAY7", "", fixture("unmatched-abnamro.camt053.001.02.xml",
                Map.of("RUN", "PAY7", "ACCOUNT", account)), 201);
        assertThat(unmatched.getInt("unmatched")).isEqualTo(1);
        assertThat(unmatched.getString("registered[0].payer.name")).isEqualTo("Gemeente Súdwest-Fryslân");
        assertThat(unmatched.getString("registered[0].unmatchedReason")).contains("no invoice reference");
        FinanceApi.as("platform-admin").get("/v1/payments?network=PAY7&unmatched=true").then().statusCode(200)
                .body("totalItems", equalTo(1));

        ServiceDatabase.awaitOutboxPublished();
        long before = ServiceDatabase.nextTransactionId();
        send("PAY7", "", fixture("malformed.camt053.001.02.xml", Map.of("RUN", "PAY7-BAD", "ACCOUNT", account,
                "REF", invoice.reference())))
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("Stmt/Ntry/Amt"))
                .body("invalidParams[0].reason", containsString("line 35"))
                .body("invalidParams[0].reason", containsString("18.412,45"))
                .body("detail", containsString("nothing was imported"));
        assertThat(ServiceDatabase.rowsWrittenBetween(before, ServiceDatabase.nextTransactionId())).isZero();
        assertThat(Ledgers.invoice(invoice.id()).getString("status")).isEqualTo("ISSUED");
    }

    @Test
    void aVersion08BatchPaysTwoMembersInvoices() {
        Ledgers.flatMemberScheme("PAY8", "Kassier PAY8");
        Member bosch = FinanceApi.member("PAY8", "'s-Hertogenbosch", "GM0796", LocalDate.of(2019, 1, 1));
        Member sudwest = FinanceApi.member("PAY8", "Súdwest-Fryslân", "GM1900", LocalDate.of(2019, 1, 1));
        Invoice boschs = Ledgers.run("PAY8", bosch).get(0);
        Invoice sudwests = Ledgers.single("PAY8", sudwest);
        JsonPath result = imported("PAY8", "", fixture("batch.camt053.001.08.xml", Map.of("RUN", "PAY8",
                "ACCOUNT", Ledgers.account(8), "REF1", Ledgers.typedLoosely(boschs.reference()), "AMOUNT1", "3500.00",
                "REF2", sudwests.reference().toLowerCase(),
                "AMOUNT2", "3500.00", "TOTAL", "7000.00")), 201);
        assertThat(result.getString("version")).isEqualTo("camt.053.001.08");
        assertThat(result.getInt("payments")).isEqualTo(2);
        assertThat(result.getInt("matched")).isEqualTo(2);
        assertThat(Ledgers.invoice(boschs.id()).getString("status")).isEqualTo("PAID");
        assertThat(Ledgers.invoice(sudwests.id()).getString("status")).isEqualTo("PAID");
        // the batch's booking time 23:30 UTC on 4 December is 5 December in the Netherlands
        assertThat(result.getList("registered.receivedOn")).containsOnly("2026-12-05");
    }

    @Test
    void theSellerNamedForAnAccountDecidesBetweenTwoSellersAndIsRememberedForItsNextStatement() {
        Member deventer = Ledgers.deventerWithAgreement("PAY9", "Platform31 PAY9");
        Ledgers.flatMemberScheme("PAY9", "Meierijstad PAY9");
        List<Invoice> invoices = Ledgers.run("PAY9", deventer);
        Invoice platform31 = invoices.stream().filter(i -> i.seller().equals("Platform31 PAY9")).findFirst().orElseThrow();
        Invoice meierijstad = invoices.stream().filter(i -> i.seller().equals("Meierijstad PAY9")).findFirst().orElseThrow();
        assertThat(platform31.reference()).isEqualTo(meierijstad.reference());
        String account = Ledgers.account(9);
        Map<String, String> values = new HashMap<>(Map.of("ACCOUNT", account, "REF", platform31.reference(),
                "AMOUNT", "100.00"));

        values.put("RUN", "PAY9-1");
        JsonPath unknown = imported("PAY9", "", fixture("partial-rabobank.camt053.001.02.xml", values), 201);
        assertThat(unknown.getInt("unmatched")).isEqualTo(1);
        assertThat(unknown.getString("registered[0].unmatchedReason")).contains("Meierijstad PAY9 and Platform31 PAY9");

        send("PAY9", "Kassier X", fixture("partial-rabobank.camt053.001.02.xml", values)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("seller"));

        values.put("RUN", "PAY9-2");
        JsonPath named = imported("PAY9", "Platform31 PAY9", fixture("partial-rabobank.camt053.001.02.xml", values), 201);
        assertThat(named.getString("statements[0].seller")).isEqualTo("Platform31 PAY9");
        assertThat(named.getString("registered[0].invoice.id")).isEqualTo(platform31.id());

        values.put("RUN", "PAY9-3");
        JsonPath remembered = imported("PAY9", "", fixture("partial-rabobank.camt053.001.02.xml", values), 201);
        assertThat(remembered.getString("statements[0].seller")).isEqualTo("Platform31 PAY9");
        assertThat(remembered.getString("registered[0].invoice.id")).isEqualTo(platform31.id());

        // a credit that quotes another network's invoice is left to that network's import (Platform31 collects for
        // two networks on one account)
        values.put("RUN", "PAY9-4");
        Member other = Ledgers.deventerWithAgreement("PAY9X", "Platform31 PAY9");
        values.put("REF", Ledgers.run("PAY9X", other).get(0).reference());
        JsonPath foreign = imported("PAY9", "", fixture("partial-rabobank.camt053.001.02.xml", values), 200);
        assertThat(foreign.getInt("forOtherNetworks")).isEqualTo(1);
        assertThat(foreign.getInt("payments")).isZero();
        JsonPath there = imported("PAY9X", "", fixture("partial-rabobank.camt053.001.02.xml", values), 201);
        assertThat(there.getInt("matched")).isEqualTo(1);
    }

    @Test
    void theSellerWhoseBillingDetailsGiveTheStatementsIbanIsTheOneThePaymentsAreMatchedAmong() {
        Member deventer = Ledgers.deventerWithAgreement("PAY11", "Platform31 PAY11");
        Ledgers.flatMemberScheme("PAY11", "Meierijstad PAY11");
        Invoice platform31 = Ledgers.run("PAY11", deventer).stream().filter(i -> i.seller().equals("Platform31 PAY11"))
                .findFirst().orElseThrow();
        String account = Ledgers.account(11);
        Map<String, Object> billing = new HashMap<>(FinanceApi.sellerPartyBody("Platform31 PAY11"));
        billing.put("iban", account);
        FinanceApi.party(billing);

        JsonPath result = imported("PAY11", "", fixture("partial-rabobank.camt053.001.02.xml", Map.of("RUN", "PAY11",
                "ACCOUNT", account, "REF", platform31.reference(), "AMOUNT", "18412.45")), 201);
        assertThat(result.getString("statements[0].seller")).isEqualTo("Platform31 PAY11");
        assertThat(result.getString("registered[0].invoice.id")).isEqualTo(platform31.id());
        assertThat(Ledgers.invoice(platform31.id()).getString("status")).isEqualTo("PAID");
    }

    @Test
    void bytesThatAreNoStatementAreRefusedWithAProblemAndWriteNothing() {
        List<byte[]> bad = new java.util.ArrayList<>(List.of(new byte[0], new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 1, 2},
                "{\"json\": true}".getBytes(StandardCharsets.UTF_8), "<Document/>".getBytes(StandardCharsets.UTF_8),
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>".getBytes(StandardCharsets.UTF_8)));
        byte[] good = fixture("unmatched-abnamro.camt053.001.02.xml", Map.of("RUN", "GARBAGE", "ACCOUNT", Ledgers.account(10)));
        Random random = new Random(53);
        for (int i = 0; i < 20; i++) {
            // cut anywhere before the closing tag of the document
            byte[] broken = java.util.Arrays.copyOf(good, 1 + random.nextInt(good.length - 20));
            bad.add(broken);
        }
        ServiceDatabase.awaitOutboxPublished();
        long before = ServiceDatabase.nextTransactionId();
        for (byte[] body : bad) {
            Response response = send("PAY10", "", body);
            assertThat(response.statusCode()).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().asString()).doesNotContain("Exception").doesNotContain("java.");
        }
        assertThat(ServiceDatabase.rowsWrittenBetween(before, ServiceDatabase.nextTransactionId())).isZero();
        given().auth().oauth2(TestTokens.forUser("platform-admin")).contentType("application/json").body("{}")
                .post("/v1/networks/PAY10/bank-statements").then().statusCode(415).contentType("application/problem+json");
    }
}
