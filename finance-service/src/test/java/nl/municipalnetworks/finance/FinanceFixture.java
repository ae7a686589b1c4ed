package nl.municipalnetworks.finance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * One of everything finance-service keeps, in one network, for the tests that walk over every operation
 * (authorization matrix, generated bad input): a member municipality (its CBS code as the realm's officials act
 * for: GM0355 Zeist in M50, GM0150 Deventer in G40), a scheme that agreements pay, the member's agreement, its
 * invoice of 2026 and its billing details, a credited invoice and its credit note, a payment, an adopted budget (with
 * an amendment being drafted), a paid bill, and the annual accounts of the budget's year adopted (its books closed).
 */
public record FinanceFixture(String network, FinanceApi.Member member, String schemeId, String agreementId,
                             String invoiceId, String partyId, String creditedInvoiceId, String creditNoteId,
                             String paymentId, String budgetId, String billId) {

    /**
     * The year of the fixture's budget and bill: a past year no other test uses, so that its bill can be paid (a
     * payment is not in the future). The budget is adopted with an amendment being drafted, and the bill is paid, so
     * that every change of either is refused after the access check (409).
     */
    public static final int BUDGET_YEAR = 2021;

    /**
     * ... and the treasurer's correction path on the member's invoice: credited by a credit note, issued afresh by the
     * next run ({@code invoiceId}), and a part payment matched to the fresh invoice.
     */
    public static FinanceFixture create(String network, String municipalityName, String cbsCode) {
        FinanceApi.Member member = FinanceApi.member(network, municipalityName, cbsCode, LocalDate.of(2019, 1, 1));
        String schemeId = FinanceApi.perInhabitantScheme(network);
        String agreementId = FinanceApi.agreement(schemeId, member);
        FinanceApi.population(member, "2022-01-01", 101_446);
        String creditedInvoiceId = FinanceApi.invoiceOf(network, 2026, member, agreementId);
        String creditNoteId = FinanceApi.as("platform-admin").body(java.util.Map.of("reason", "Fixture: issued again"))
                .post("/v1/invoices/" + creditedInvoiceId + "/credit-note").then().statusCode(201).extract().path("id");
        String invoiceId = FinanceApi.invoiceOf(network, 2026, member, agreementId);
        String partyId = FinanceApi.party(FinanceApi.buyerPartyBody(member));
        String paymentId = FinanceApi.as("platform-admin").body(java.util.Map.of("network", network, "amount", 100.00,
                        "receivedOn", "2026-12-01", "payerName", municipalityName, "invoiceId", invoiceId))
                .post("/v1/payments").then().statusCode(201).extract().path("id");
        String budgetId = budget(network);
        String billId = bill(network);
        adoptAccounts(network);
        return new FinanceFixture(network, member, schemeId, agreementId, invoiceId, partyId, creditedInvoiceId,
                creditNoteId, paymentId, budgetId, billId);
    }

    /**
     * The network's annual accounts of {@link #BUDGET_YEAR} adopted, after its bill was paid, by one decision per
     * network (sent again, it records nothing new): a second adoption of the year, or a bill of it, is refused after the
     * access check (409).
     */
    private static void adoptAccounts(String network) {
        UUID decision = UUID.nameUUIDFromBytes(("fixture accounts " + network).getBytes(StandardCharsets.UTF_8));
        FinanceApi.as("platform-admin").body(accountsAdoptionBody(decision))
                .post("/v1/networks/" + network + "/annual-accounts/" + BUDGET_YEAR + "/adoption")
                .then().statusCode(anyOf(is(200), is(201)));
    }

    /** A valid adoption of the accounts of {@link #BUDGET_YEAR} by {@code decision} (a new one when null). */
    public static Map<String, Object> accountsAdoptionBody(UUID decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meetingTitle", "ALV voorjaar " + (BUDGET_YEAR + 1));
        body.put("meetingDate", (BUDGET_YEAR + 1) + "-05-12");
        body.put("decidedBy", "Algemene ledenvergadering");
        if (decision != null) {
            body.put("decisionId", decision.toString());
        }
        return body;
    }

    /** The network's adopted budget of {@link #BUDGET_YEAR}, with an amendment drafted; made once per test run. */
    private static synchronized String budget(String network) {
        List<String> adopted = FinanceApi.as("platform-admin").get("/v1/budgets?network=" + network + "&year=" + BUDGET_YEAR
                + "&status=ADOPTED").then().statusCode(200).extract().path("items.id");
        if (!adopted.isEmpty()) {
            return adopted.get(0);
        }
        String id = BudgetApi.adopted(network, BUDGET_YEAR, List.of(
                BudgetApi.line("CONTRIBUTIONS", "Ledenbijdragen", "INCOME", "7000.00"),
                BudgetApi.line("PLATFORM31", "Kennispartner Platform31", "EXPENSE", "7000.00")));
        FinanceApi.as("platform-admin").post("/v1/budgets/" + id + "/amendments").then().statusCode(201);
        return id;
    }

    /** The network's paid Platform31 bill of {@link #BUDGET_YEAR}; made once per test run. */
    private static synchronized String bill(String network) {
        List<String> found = FinanceApi.as("platform-admin").get("/v1/bills?network=" + network + "&year=" + BUDGET_YEAR
                + "&status=PAID").then().statusCode(200).extract().path("items.id");
        if (!found.isEmpty()) {
            return found.get(0);
        }
        String id = BudgetApi.bill(network, "Platform31", "FIXTURE-" + network, "PLATFORM31", "7000.00", "7000.00",
                BUDGET_YEAR + "-01-15");
        BudgetApi.approve(id);
        BudgetApi.pay(id, BUDGET_YEAR + "-02-01");
        return id;
    }

    /** The value of a path parameter of an operation about this fixture. */
    public String idFor(String operation, String name) {
        if (name.equals("network")) {
            return network;
        }
        if (name.equals("year")) {
            return String.valueOf(BUDGET_YEAR);
        }
        String collection = operation.substring(operation.indexOf(' ') + 1).split("/")[2];
        return switch (collection) {
            case "fee-schemes" -> schemeId;
            case "agreements" -> agreementId;
            case "invoices" -> invoiceId;
            case "parties" -> partyId;
            case "payments" -> paymentId;
            case "credit-notes" -> creditNoteId;
            case "budgets" -> budgetId;
            case "bills" -> billId;
            default -> throw new IllegalArgumentException("No id for {" + name + "} in " + operation);
        };
    }
}
