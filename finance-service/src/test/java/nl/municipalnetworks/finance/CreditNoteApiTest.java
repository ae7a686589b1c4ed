package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.Ledgers.Invoice;
import nl.municipalnetworks.finance.invoice.InvoiceNumber;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The treasurer's correction path: a credit note cancels the whole invoice (numbered in the seller's sequence, its
 * totals negated), the invoice no longer counts as outstanding and what was paid on it becomes credit; the next
 * contribution run issues a fresh invoice for the same contribution.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class CreditNoteApiTest {

    @Test
    void aCreditNoteCancelsTheWholeInvoiceAndTheNextRunIssuesAFreshOne() {
        Member deventer = Ledgers.deventerWithAgreement("CRN1", "Kassier CRN1");
        Invoice wrong = Ledgers.run("CRN1", deventer).get(0);
        FinanceApi.as("platform-admin").body(Map.of("network", "CRN1", "amount", 5000.00, "receivedOn", "2026-12-03",
                "payerName", "Gemeente Deventer", "invoiceId", wrong.id())).post("/v1/payments").then().statusCode(201);

        JsonPath note = FinanceApi.as("platform-admin").body(Map.of("reason", "Verkeerde CBS-telling"))
                .post("/v1/invoices/" + wrong.id() + "/credit-note").then().statusCode(201)
                .header("Location", containsString("/v1/credit-notes/")).extract().jsonPath().using(FinanceApi.EXACT);
        // the next number of the seller's sequence: the credit note and the invoices are numbered together
        assertThat(InvoiceNumber.parse(note.getString("number")).sequence())
                .isEqualTo(InvoiceNumber.parse(wrong.number()).sequence() + 1);
        assertThat(note.getString("seller")).isEqualTo("Kassier CRN1");
        assertThat(note.getString("invoice.id")).isEqualTo(wrong.id());
        assertThat(note.getString("reason")).isEqualTo("Verkeerde CBS-telling");
        assertThat(FinanceApi.amount(note.get("netTotal"))).isEqualByComparingTo("-15216.90");
        assertThat(FinanceApi.amount(note.get("vatTotal"))).isEqualByComparingTo("-3195.55");
        assertThat(FinanceApi.amount(note.get("total"))).isEqualByComparingTo("-18412.45");
        assertThat(FinanceApi.amount(note.get("paidOnInvoice"))).isEqualByComparingTo("5000.00");
        JsonPath credited = Ledgers.invoice(wrong.id());
        assertThat(credited.getString("status")).isEqualTo("CREDITED");
        assertThat(FinanceApi.amount(credited.get("outstanding"))).isEqualByComparingTo("0");
        assertThat(Ledgers.events(wrong.id(), "invoice-credited")).isEqualTo(1);
        FinanceApi.as("platform-admin").get("/v1/credit-notes/" + note.getString("id")).then().statusCode(200)
                .body("number", equalTo(note.getString("number")));
        FinanceApi.as("platform-admin").get("/v1/credit-notes?network=CRN1&year=" + note.getString("issueDate").substring(0, 4))
                .then().statusCode(200).body("totalItems", equalTo(1));
        FinanceApi.as("platform-admin").get("/v1/credit-notes?network=CRN1&year=2000").then().statusCode(200)
                .body("totalItems", equalTo(0));

        // credited once: a second credit note is refused and takes no number
        FinanceApi.as("platform-admin").body(Map.of("reason", "Nogmaals")).post("/v1/invoices/" + wrong.id() + "/credit-note")
                .then().statusCode(409).body("detail", containsString("credited already"));

        JsonPath balance = balance();
        assertThat(FinanceApi.amount(balance.get("invoiced"))).isEqualByComparingTo("0");
        assertThat(FinanceApi.amount(balance.get("outstanding"))).isEqualByComparingTo("0");
        assertThat(FinanceApi.amount(balance.get("credit"))).isEqualByComparingTo("5000.00");

        // the next run issues the contribution afresh, with the number after the credit note's
        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/CRN1/contribution-runs")
                .then().statusCode(201).body("created", equalTo(1));
        Invoice fresh = Ledgers.single("CRN1", deventer);
        assertThat(fresh.id()).isNotEqualTo(wrong.id());
        assertThat(InvoiceNumber.parse(fresh.number()).sequence()).isEqualTo(InvoiceNumber.parse(note.getString("number")).sequence() + 1);
        assertThat(fresh.total()).isEqualByComparingTo("18412.45");
        assertThat(Ledgers.invoice(fresh.id()).getString("status")).isEqualTo("ISSUED");
        // and only once
        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/CRN1/contribution-runs")
                .then().statusCode(200).body("created", equalTo(0));
        assertThat(Ledgers.invoicesOf("CRN1", deventer)).hasSize(1);
        balance = balance();
        assertThat(FinanceApi.amount(balance.get("invoiced"))).isEqualByComparingTo("18412.45");
        assertThat(FinanceApi.amount(balance.get("outstanding"))).isEqualByComparingTo("18412.45");
        assertThat(FinanceApi.amount(balance.get("credit"))).isEqualByComparingTo("5000.00");
        ContributionRunApiTest.assertGapless();

        // a payment quoting the credited invoice waits for the treasurer; one quoting the fresh one pays it
        JsonPath old = FinanceApi.as("platform-admin").body(Map.of("network", "CRN1", "amount", 100.00, "receivedOn",
                "2026-12-03", "payerName", "Gemeente Deventer", "reference", wrong.reference())).post("/v1/payments")
                .then().statusCode(201).extract().jsonPath();
        assertThat(old.getString("unmatchedReason")).contains("was credited");
        FinanceApi.as("platform-admin").body(Map.of("invoiceId", fresh.id())).post("/v1/payments/" + old.getString("id") + "/match")
                .then().statusCode(200).body("invoice.id", equalTo(fresh.id()));
    }

    @Test
    void aCreditNoteNeedsAReasonAndTheTreasurerOfTheNetwork() {
        Member deventer = Ledgers.deventerWithAgreement("CRN2", "Kassier CRN2");
        Invoice invoice = Ledgers.run("CRN2", deventer).get(0);
        ServiceDatabase.awaitOutboxPublished();
        long before = ServiceDatabase.nextTransactionId();
        FinanceApi.as("platform-admin").body(Map.of("reason", " ")).post("/v1/invoices/" + invoice.id() + "/credit-note")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));
        FinanceApi.as("platform-admin").body(Map.of()).post("/v1/invoices/" + invoice.id() + "/credit-note")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));
        FinanceApi.as("m50-treasurer").body(Map.of("reason", "Fout")).post("/v1/invoices/" + invoice.id() + "/credit-note")
                .then().statusCode(403);
        FinanceApi.as("m50-board").body(Map.of("reason", "Fout")).post("/v1/invoices/" + invoice.id() + "/credit-note")
                .then().statusCode(403);
        FinanceApi.as("platform-admin").body(Map.of("reason", "Fout"))
                .post("/v1/invoices/00000000-0000-0000-0000-000000000001/credit-note").then().statusCode(404);
        assertThat(ServiceDatabase.rowsWrittenBetween(before, ServiceDatabase.nextTransactionId())).isZero();
        List<String> statuses = FinanceApi.as("platform-admin").get("/v1/invoices?network=CRN2").then().statusCode(200)
                .extract().path("items.status");
        assertThat(statuses).containsExactly("ISSUED");
    }

    private static JsonPath balance() {
        return FinanceApi.as("platform-admin").get("/v1/networks/CRN1/balances").then().statusCode(200).extract()
                .jsonPath().using(FinanceApi.EXACT).setRootPath("payers[0]");
    }
}
