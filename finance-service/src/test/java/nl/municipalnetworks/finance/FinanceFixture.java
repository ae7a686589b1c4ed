package nl.municipalnetworks.finance;

import java.time.LocalDate;

/**
 * One of everything finance-service keeps, in one network, for the tests that walk over every operation
 * (authorization matrix, generated bad input): a member municipality (its CBS code as the realm's officials act
 * for: GM0355 Zeist in M50, GM0150 Deventer in G40), a scheme that agreements pay, the member's agreement, its
 * invoice of 2026 and its billing details.
 */
public record FinanceFixture(String network, FinanceApi.Member member, String schemeId, String agreementId,
                             String invoiceId, String partyId) {

    public static FinanceFixture create(String network, String municipalityName, String cbsCode) {
        FinanceApi.Member member = FinanceApi.member(network, municipalityName, cbsCode, LocalDate.of(2019, 1, 1));
        String schemeId = FinanceApi.perInhabitantScheme(network);
        String agreementId = FinanceApi.agreement(schemeId, member);
        FinanceApi.population(member, "2022-01-01", 101_446);
        String invoiceId = FinanceApi.invoiceOf(network, 2026, member, agreementId);
        String partyId = FinanceApi.party(FinanceApi.buyerPartyBody(member));
        return new FinanceFixture(network, member, schemeId, agreementId, invoiceId, partyId);
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
            default -> throw new IllegalArgumentException("No id for {" + name + "} in " + operation);
        };
    }
}
