package nl.municipalnetworks.finance;

import java.time.LocalDate;

/**
 * One of everything finance-service keeps, in one network, for the tests that walk over every operation
 * (authorization matrix, generated bad input): a member municipality (its CBS code as the realm's officials act
 * for: GM0355 Zeist in M50, GM0150 Deventer in G40), a scheme that agreements pay, the member's agreement, its
 * invoice of 2026 and its billing details.
 */
public record FinanceFixture(String network, FinanceApi.Member member, String schemeId, String agreementId,
                             String invoiceId, String partyId, String creditedInvoiceId, String creditNoteId,
                             String paymentId) {

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
        return new FinanceFixture(network, member, schemeId, agreementId, invoiceId, partyId, creditedInvoiceId,
                creditNoteId, paymentId);
    }

    /** The value of a path parameter of an operation about this fixture. */
    public String idFor(String operation, String name) {
        if (name.equals("network")) {
            return network;
        }
        String collection = operation.substring(operation.indexOf(' ') + 1).split("/")[2];
        return switch (collection) {
            case "fee-schemes" -> schemeId;
            case "agreements" -> agreementId;
            case "invoices" -> invoiceId;
            case "parties" -> partyId;
            case "payments" -> paymentId;
            case "credit-notes" -> creditNoteId;
            default -> throw new IllegalArgumentException("No id for {" + name + "} in " + operation);
        };
    }
}
