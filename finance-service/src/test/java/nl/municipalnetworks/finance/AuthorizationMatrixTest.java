package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.api.AuthorizationMatrix;
import nl.municipalnetworks.testsupport.api.AuthorizationMatrix.Target;
import nl.municipalnetworks.testsupport.api.AuthorizationMatrix.Who;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static nl.municipalnetworks.testsupport.api.AuthorizationMatrix.G40_SECRETARIAT;

/**
 * Every operation of finance-service's OpenAPI document x every caller x own network (M50, Zeist as the member
 * with an agreement) and another (G40, Deventer), run by test-support's {@link AuthorizationMatrix}; the rules
 * are those of {@code access/FinanceAccess}. Writes are sent so that an allowed caller is refused after the
 * access check (validTo before validFrom, an overlapping agreement, notice outside the term, a surplus agreed
 * before the term, a payment for a credited invoice, and the like; a budget of a year that has one, changes of an
 * adopted budget, a bill on a line the budget lacks or in a year whose accounts were adopted, approving or paying a
 * paid bill, a second adoption of those accounts).
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class AuthorizationMatrixTest {

    /** The treasurer manages (and the platform admin). */
    private static final Set<Who> M50_TREASURER = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER);
    /** Those who read all of M50's finances. */
    private static final Set<Who> M50_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER, Who.M50_BOARD,
            Who.M50_SECRETARIAT);
    /** ...and the officials of M50's members, each for its own municipality (the list answers theirs only). */
    private static final Set<Who> M50_READERS_AND_OFFICIALS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER,
            Who.M50_BOARD, Who.M50_SECRETARIAT, Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);
    /** ...and Zeist's own official, for Zeist's agreement. */
    private static final Set<Who> M50_READERS_AND_ZEIST = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER,
            Who.M50_BOARD, Who.M50_SECRETARIAT, Who.ZEIST_OFFICIAL);
    private static final Set<Who> ADMIN = AuthorizationMatrix.ADMIN;
    /**
     * Billing details are shared by the networks: the treasurer of any network manages them, the board and the
     * secretariat of any network read them (G40's secretariat reads Zeist's), an official only its own municipality's.
     */
    private static final Set<Who> ANY_TREASURER = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER);
    private static final Set<Who> PARTY_READERS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER, Who.M50_BOARD,
            Who.M50_SECRETARIAT, Who.G40_SECRETARIAT);
    private static final Set<Who> PARTY_READERS_AND_ZEIST = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER,
            Who.M50_BOARD, Who.M50_SECRETARIAT, Who.G40_SECRETARIAT, Who.ZEIST_OFFICIAL);
    private static final Set<Who> PARTY_READERS_AND_OFFICIALS = EnumSet.of(Who.PLATFORM_ADMIN, Who.M50_TREASURER,
            Who.M50_BOARD, Who.M50_SECRETARIAT, Who.G40_SECRETARIAT, Who.ZEIST_OFFICIAL, Who.WAALWIJK_OFFICIAL);

    private static final AuthorizationMatrix EXPECTED = new AuthorizationMatrix()
            .both("GET /v1/fee-schemes", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/fee-schemes/{id}", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("POST /v1/fee-schemes", M50_TREASURER, ADMIN)
            .both("GET /v1/agreements", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/agreements/{id}", M50_READERS_AND_ZEIST, G40_SECRETARIAT)
            .both("POST /v1/agreements", M50_TREASURER, ADMIN)
            .both("POST /v1/agreements/{id}/notice", M50_TREASURER, ADMIN)
            .both("POST /v1/agreements/{id}/surplus", M50_TREASURER, ADMIN)
            .both("GET /v1/networks/{network}/contribution-preview", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("POST /v1/networks/{network}/contribution-runs", M50_TREASURER, ADMIN)
            .both("GET /v1/invoices", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/invoices/{id}", M50_READERS_AND_ZEIST, G40_SECRETARIAT)
            .both("GET /v1/networks/{network}/e-invoices", M50_READERS, G40_SECRETARIAT)
            .both("GET /v1/payments", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/payments/{id}", M50_READERS_AND_ZEIST, G40_SECRETARIAT)
            .both("POST /v1/payments", M50_TREASURER, ADMIN)
            .both("POST /v1/payments/{id}/match", M50_TREASURER, ADMIN)
            .both("GET /v1/networks/{network}/balances", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("POST /v1/networks/{network}/bank-statements", M50_TREASURER, ADMIN)
            .both("GET /v1/networks/{network}/overdue-invoices", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/networks/{network}/due-reminders", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/invoices/{id}/reminders", M50_READERS_AND_ZEIST, G40_SECRETARIAT)
            .both("POST /v1/invoices/{id}/reminders", M50_TREASURER, ADMIN)
            .both("POST /v1/invoices/{id}/credit-note", M50_TREASURER, ADMIN)
            .both("GET /v1/credit-notes", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/credit-notes/{id}", M50_READERS_AND_ZEIST, G40_SECRETARIAT)
            .same("GET /v1/parties", PARTY_READERS_AND_OFFICIALS)
            .both("GET /v1/parties/{id}", PARTY_READERS_AND_ZEIST, PARTY_READERS)
            .same("POST /v1/parties", ANY_TREASURER)
            .same("PUT /v1/parties/{id}", ANY_TREASURER)
            // budgets: the adopted ones are public to the members' officials; only the treasurer changes them
            .both("GET /v1/budgets", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("GET /v1/budgets/{id}", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("POST /v1/budgets", M50_TREASURER, ADMIN)
            .both("PUT /v1/budgets/{id}", M50_TREASURER, ADMIN)
            .both("POST /v1/budgets/{id}/proposal", M50_TREASURER, ADMIN)
            .both("DELETE /v1/budgets/{id}/proposal", M50_TREASURER, ADMIN)
            .both("POST /v1/budgets/{id}/adoption", M50_TREASURER, ADMIN)
            .both("POST /v1/budgets/{id}/amendments", M50_TREASURER, ADMIN)
            // bills and the interim reports: the treasurer, board and secretariat, not the officials
            .both("GET /v1/bills", M50_READERS, G40_SECRETARIAT)
            .both("GET /v1/bills/{id}", M50_READERS, G40_SECRETARIAT)
            .both("POST /v1/bills", M50_TREASURER, ADMIN)
            .both("POST /v1/bills/{id}/approval", M50_TREASURER, ADMIN)
            .both("POST /v1/bills/{id}/payment", M50_TREASURER, ADMIN)
            .both("GET /v1/networks/{network}/budget-actuals", M50_READERS, G40_SECRETARIAT)
            .both("GET /v1/networks/{network}/half-year-reports/{year}", M50_READERS, G40_SECRETARIAT)
            // the annual accounts are the members' too; their adoption is recorded by the treasurer
            .both("GET /v1/networks/{network}/annual-accounts/{year}", M50_READERS_AND_OFFICIALS, G40_SECRETARIAT)
            .both("POST /v1/networks/{network}/annual-accounts/{year}/adoption", M50_TREASURER, ADMIN);

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() {
        Map<Target, FinanceFixture> fixtures = Map.of(Target.OWN, FinanceFixture.create("M50", "Zeist", "GM0355"),
                Target.OTHER, FinanceFixture.create("G40", "Deventer", "GM0150"));
        EXPECTED.assertEveryOperationAnswersAsTheTableSays(
                (request, operation, target) -> send(request, operation, fixtures.get(target)));
    }

    /** One request of an operation about a fixture: refused after the access check, or a read. */
    private static Response send(RequestSpecification request, String operation, FinanceFixture f) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (String name : new String[]{"network", "id", "year"}) {
            if (path.contains("{" + name + "}")) {
                path = path.replace("{" + name + "}", f.idFor(operation, name));
            }
        }
        request = request.contentType(ContentType.JSON);
        return switch (operation) {
            case "POST /v1/fee-schemes" -> {
                Map<String, Object> body = new LinkedHashMap<>(FinanceApi.perInhabitantSchemeBody(f.network()));
                body.put("validTo", "2020-01-01");
                yield request.body(body).post(path);
            }
            case "POST /v1/agreements" -> request.body(Map.of("reference", "Nogmaals", "payerMunicipalityId",
                    f.member().municipalityId(), "feeSchemeId", f.schemeId(), "termStart", "2024-01-01",
                    "termEnd", "2024-12-31")).post(path);
            case "POST /v1/agreements/{id}/notice" -> request.body(Map.of("givenOn", "2000-01-01", "givenBy", "PAYER")).post(path);
            case "POST /v1/agreements/{id}/surplus" -> request.body(Map.of("amount", new BigDecimal("10.00"), "agreedByPayerOn", "2000-01-01",
                    "agreedByPayeeOn", "2000-01-01")).post(path);
            case "GET /v1/networks/{network}/contribution-preview", "GET /v1/networks/{network}/e-invoices" -> request.get(path + "?year=2026");
            case "POST /v1/networks/{network}/contribution-runs" -> request.body(Map.of("year", 2026)).post(path);
            // a payment for the credited invoice (409), a match of a matched payment (409), a statement that is no
            // camt.053 (400), a reminder before it is due (409), a credit note for a credited invoice (409)
            case "POST /v1/payments" -> request.body(Map.of("network", f.network(), "amount", 1.00, "receivedOn",
                    "2026-12-01", "payerName", "Nogmaals", "invoiceId", f.creditedInvoiceId())).post(path);
            case "POST /v1/payments/{id}/match" -> request.body(Map.of("invoiceId", f.invoiceId())).post(path);
            case "POST /v1/networks/{network}/bank-statements" -> request.contentType("application/xml")
                    .body("<Document/>").post(path);
            case "POST /v1/invoices/{id}/reminders" -> request.body(Map.of("step", "FIRST_REMINDER")).post(path);
            case "POST /v1/invoices/{id}/credit-note" -> request.body(Map.of("reason", "Nogmaals"))
                    .post("/v1/invoices/" + f.creditedInvoiceId() + "/credit-note");
            // the member's billing details again: a 409 after the access check
            case "POST /v1/parties" -> request.body(FinanceApi.buyerPartyBody(f.member())).post(path);
            // the same details again: nothing changes
            case "PUT /v1/parties/{id}" -> request.body(FinanceApi.buyerPartyBody(f.member())).put(path);
            case "GET /v1/parties" -> request.get(path);
            // the fixture's budget exists and is adopted (an amendment being drafted), its bill is paid: 409 after the check
            case "POST /v1/budgets" -> request.body(Map.of("network", f.network(), "year", FinanceFixture.BUDGET_YEAR,
                    "lines", BudgetApi.m50Lines())).post(path);
            case "PUT /v1/budgets/{id}" -> request.body(Map.of("lines", BudgetApi.m50Lines())).put(path);
            case "POST /v1/budgets/{id}/proposal", "POST /v1/budgets/{id}/amendments", "POST /v1/bills/{id}/approval" ->
                    request.post(path);
            case "DELETE /v1/budgets/{id}/proposal" -> request.delete(path);
            case "POST /v1/budgets/{id}/adoption" -> request.body(Map.of("meetingName", "ALV", "meetingDate", "2021-01-02",
                    "decidedBy", "Algemene ledenvergadering")).post(path);
            case "POST /v1/bills" -> request.body(BudgetApi.billBody(f.network(), "Nergens BV", null, "NO_SUCH_LINE",
                    "1.00", "1.21", FinanceFixture.BUDGET_YEAR + "-03-01")).post(path);
            case "POST /v1/bills/{id}/payment" -> request.body(Map.of("paidOn", FinanceFixture.BUDGET_YEAR + "-03-01")).post(path);
            case "GET /v1/networks/{network}/budget-actuals" -> request.get(path + "?on=" + FinanceFixture.BUDGET_YEAR + "-06-30");
            // the fixture's accounts of the year are adopted: another decision is refused after the check (409)
            case "POST /v1/networks/{network}/annual-accounts/{year}/adoption" ->
                    request.body(FinanceFixture.accountsAdoptionBody(null)).post(path);
            default -> {
                if (!operation.startsWith("GET ")) {
                    throw new IllegalStateException("No request defined for " + operation + "; add one to send()");
                }
                String query = path.equals("/v1/" + path.split("/")[2]) ? "?network=" + f.network() : "";
                yield request.get(path + query);
            }
        };
    }
}
