package nl.municipalnetworks.finance;

import io.restassured.path.json.JsonPath;
import nl.municipalnetworks.finance.FinanceApi.Member;
import nl.municipalnetworks.finance.member.MemberViewProbe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * Invoices to pay, in a network of a test's own (PAY1, OVD1, ...) with a seller of its own, so that no other test's
 * numbers, payments or balances mix in: Deventer's G40-style contribution (101,446 inhabitants x EUR 0.15 + 21 % VAT
 * = EUR 18,412.45) and M50-style flat contributions of EUR 3,500.
 */
public final class Ledgers {

    private Ledgers() {
    }

    /** An issued invoice as the API answers it. */
    public record Invoice(String id, String number, String seller, String reference, BigDecimal total, Member payer) {
    }

    /** Deventer, a member of {@code network} with an agreement under a per-inhabitant scheme that {@code seller} collects. */
    public static Member deventerWithAgreement(String network, String seller) {
        Member deventer = FinanceApi.member(network, "Deventer", "GM0150", LocalDate.of(2014, 1, 1));
        FinanceApi.population(deventer, "2022-01-01", 101_446);
        Map<String, Object> scheme = new LinkedHashMap<>(FinanceApi.perInhabitantSchemeBody(network));
        scheme.put("collector", seller);
        scheme.put("name", network + " - " + seller);
        String schemeId = FinanceApi.as("platform-admin").body(scheme).post("/v1/fee-schemes").then().statusCode(201)
                .extract().path("id");
        FinanceApi.agreement(schemeId, deventer);
        return deventer;
    }

    /** A scheme every member of {@code network} pays, EUR 3,500 a year outside the scope of VAT, collected by {@code seller}. */
    public static void flatMemberScheme(String network, String seller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", network);
        body.put("name", network + " ledenbijdrage");
        body.put("payers", "MEMBERS");
        body.put("payee", network);
        body.put("collector", seller);
        body.put("validFrom", "2019-01-01");
        body.put("basis", "FLAT_PER_MEMBER");
        body.put("amountPerYear", 3500.00);
        body.put("vat", "OUTSIDE_SCOPE");
        body.put("midYearPolicy", "FULL_YEAR");
        FinanceApi.as("platform-admin").body(body).post("/v1/fee-schemes").then().statusCode(201);
    }

    /** Runs the 2026 contribution run of {@code network} and answers the live invoices of {@code payer}. */
    public static List<Invoice> run(String network, Member payer) {
        FinanceApi.as("platform-admin").body(Map.of("year", 2026)).post("/v1/networks/" + network + "/contribution-runs")
                .then().statusCode(anyOf(is(200), is(201)));
        return invoicesOf(network, payer);
    }

    public static List<Invoice> invoicesOf(String network, Member payer) {
        JsonPath page = FinanceApi.as("platform-admin").get("/v1/invoices?network=" + network + "&payerMunicipalityId="
                + payer.municipalityId() + "&pageSize=100").then().statusCode(200).extract().jsonPath().using(FinanceApi.EXACT);
        List<Map<String, Object>> items = page.getList("items.findAll { it.status != 'CREDITED' }");
        return items.stream().map(i -> new Invoice((String) i.get("id"), (String) i.get("number"), (String) i.get("seller"),
                (String) i.get("paymentReference"), FinanceApi.amount(i.get("total")), payer)).toList();
    }

    /** The one live invoice of {@code payer} in {@code network}. */
    public static Invoice single(String network, Member payer) {
        List<Invoice> invoices = invoicesOf(network, payer);
        if (invoices.size() != 1) {
            throw new IllegalStateException("expected one invoice of " + payer.name() + " in " + network + ", got " + invoices);
        }
        return invoices.get(0);
    }

    /** The invoice as the API answers it now. */
    public static JsonPath invoice(String id) {
        return FinanceApi.as("platform-admin").get("/v1/invoices/" + id).then().statusCode(200).extract().jsonPath()
                .using(FinanceApi.EXACT);
    }

    /** The reference as a payer might type it: lower case, spaces for dashes, the leading zeros left off. */
    public static String typedLoosely(String reference) {
        String[] parts = reference.split("-");
        return parts[0].toLowerCase() + " " + parts[1] + " " + Integer.parseInt(parts[2]);
    }

    /** How many events of {@code type} (invoice-overdue, payment-received, ...) the outbox holds about the invoice. */
    public static long events(String invoiceId, String type) {
        return MemberViewProbe.query("select count(*) from outbox_event where subject = '" + invoiceId
                + "' and topic = 'finance-events' and event_type = 'nl.municipalnetworks.finance." + type + ".v1'");
    }

    /** A valid Dutch IBAN for an account of a test's own (check digits computed). */
    public static String account(long number) {
        return nl.municipalnetworks.finance.party.Iban.withCheckDigits("NL", "BNGH" + String.format("%010d", number));
    }
}
