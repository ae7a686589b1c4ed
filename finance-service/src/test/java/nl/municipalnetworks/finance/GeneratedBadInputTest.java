package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.api.GeneratedBadInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input generated over every operation of finance-service's OpenAPI document (see test-support's
 * {@link GeneratedBadInput}): never a 5xx, always problem+json, and a refused request writes nothing.
 * This class says only what good requests look like.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class GeneratedBadInputTest {

    @Test
    void noBadInputGetsA5xxOrWritesAnything() {
        FinanceFixture fixture = FinanceFixture.create("G40", "Foutenburg", "GM0150");
        GeneratedBadInput.assertNoBadInputGetsA5xxOrWritesAnything(new GeneratedBadInput.GoodRequests() {
            @Override
            public String pathValue(String operation, String name) {
                return fixture.idFor(operation, name);
            }

            @Override
            public Map<String, Object> body(String operation) {
                return validBody(operation, fixture);
            }
        });
    }

    /** A body the operation accepts, so that one bad field is the only mistake. */
    private static Map<String, Object> validBody(String operation, FinanceFixture f) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation) {
            case "POST /v1/fee-schemes" -> body.putAll(FinanceApi.perInhabitantSchemeBody("G40"));
            case "POST /v1/agreements" -> {
                body.put("reference", "Samenwerkingsovereenkomst 2028");
                body.put("payerMunicipalityId", f.member().municipalityId().toString());
                body.put("feeSchemeId", f.schemeId());
                body.put("termStart", "2028-01-01");
                body.put("termEnd", "2028-12-31");
            }
            case "POST /v1/agreements/{id}/notice" -> {
                body.put("givenOn", "2026-05-15");
                body.put("givenBy", "PAYER");
            }
            case "POST /v1/agreements/{id}/surplus" -> {
                body.put("amount", new BigDecimal("1000.00"));
                body.put("agreedByPayerOn", "2027-03-10");
                body.put("agreedByPayeeOn", "2027-03-02");
            }
            case "POST /v1/networks/{network}/contribution-runs" -> body.put("year", 2026);
            case "POST /v1/payments" -> {
                body.put("network", "G40");
                body.put("amount", 12.34);
                body.put("receivedOn", "2026-12-01");
                body.put("payerName", "Gemeente Foutenburg");
                body.put("payerIban", "NL91 ABNA 0417 1643 00");
                body.put("reference", "G40-2026-999999");
            }
            case "POST /v1/payments/{id}/match" -> body.put("invoiceId", f.invoiceId());
            case "POST /v1/invoices/{id}/reminders" -> body.put("step", "FIRST_REMINDER");
            case "POST /v1/invoices/{id}/credit-note" -> body.put("reason", "Fout in de telling");
            case "POST /v1/parties" -> body.putAll(FinanceApi.sellerPartyBody("Foutenburg BV"));
            case "PUT /v1/parties/{id}" -> body.putAll(FinanceApi.buyerPartyBody(f.member()));
            case "POST /v1/budgets" -> {
                body.put("network", f.network());
                body.put("year", FinanceFixture.BUDGET_YEAR);
                body.put("lines", BudgetApi.m50Lines());
            }
            case "PUT /v1/budgets/{id}" -> body.put("lines", BudgetApi.m50Lines());
            case "POST /v1/budgets/{id}/adoption" -> {
                body.put("meetingName", "ALV najaar");
                body.put("meetingDate", "2021-01-02");
                body.put("decidedBy", "Algemene ledenvergadering");
            }
            case "POST /v1/bills" -> body.putAll(BudgetApi.billBody(f.network(), "Platform31", "BAD-INPUT", "PLATFORM31",
                    "100.00", "121.00", FinanceFixture.BUDGET_YEAR + "-03-01"));
            case "POST /v1/bills/{id}/payment" -> body.put("paidOn", FinanceFixture.BUDGET_YEAR + "-03-01");
            case "POST /v1/networks/{network}/annual-accounts/{year}/adoption" -> {
                body.putAll(FinanceFixture.accountsAdoptionBody(null));
                body.put("meetingEventId", "3f0c1a52-8d7e-4c1b-9a43-2f6d5e8b7c10");
            }
            default -> {
                return null;
            }
        }
        return body;
    }
}
