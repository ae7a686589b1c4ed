package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinanceSeedTest {

    private static final Map<String, String> MUNICIPALITIES = Map.of(
            "Meierijstad", "11111111-1111-1111-1111-111111111111", "Deventer", "22222222-2222-2222-2222-222222222222");

    @Test
    void theM50ContributionIsCollectedByMeierijstadAndG40PaysPlatform31PerInhabitant() {
        List<FinanceSeed.Entry> schemes = FinanceSeed.fromClasspath().feeSchemes(MUNICIPALITIES);
        assertEquals(List.of("Ledenbijdrage M50", "Bijdrage G40-steden aan Platform31 2023-2027"),
                schemes.stream().map(FinanceSeed.Entry::name).toList());
        JsonNode m50 = schemes.get(0).body();
        assertEquals(0, new BigDecimal("3500.00").compareTo(m50.path("amountPerYear").decimalValue()));
        assertEquals(MUNICIPALITIES.get("Meierijstad"), m50.path("collectorMunicipalityId").asText());
        assertEquals("MEMBERS", m50.path("payers").asText());
        JsonNode g40 = schemes.get(1).body();
        // Exactly 0.15, not the nearest double: the amount reaches the API as the decimal the seed states.
        assertEquals("0.15", g40.path("ratePerInhabitant").toString());
        assertEquals("2022-01-01", g40.path("referenceDate").asText());
        assertTrue(g40.path("collectorMunicipalityId").isNull());
        assertEquals(Set.of("G40", "M50"), FinanceSeed.fromClasspath().networks());
    }

    @Test
    void deventersAgreementRunsFromMarch2023ToTheEndOf2027() {
        FinanceSeed seed = FinanceSeed.fromClasspath();
        List<FinanceSeed.Entry> agreements = seed.agreements(MUNICIPALITIES,
                Map.of("Bijdrage G40-steden aan Platform31 2023-2027", "33333333-3333-3333-3333-333333333333"));
        assertEquals(1, agreements.size());
        JsonNode deventer = agreements.get(0).body();
        assertEquals(MUNICIPALITIES.get("Deventer"), deventer.path("payerMunicipalityId").asText());
        assertEquals("2023-03-01", deventer.path("termStart").asText());
        assertEquals("2027-12-31", deventer.path("termEnd").asText());
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> seed.agreements(Map.of(), Map.of()));
        assertTrue(unknown.getMessage().contains("names municipality 'Deventer'"), unknown.getMessage());
    }

    @Test
    void m50s2026BudgetBalancesOnFortyThreeContributionsAndIsAdoptedInTheAutumnBefore() {
        List<FinanceSeed.BudgetEntry> budgets = FinanceSeed.fromClasspath().budgets();
        assertEquals(1, budgets.size());
        FinanceSeed.BudgetEntry m50 = budgets.get(0);
        assertEquals("M50", m50.network());
        assertEquals(2026, m50.year());
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal expenses = BigDecimal.ZERO;
        for (JsonNode line : m50.body().path("lines")) {
            if (line.path("kind").asText().equals("INCOME")) {
                income = income.add(line.path("amount").decimalValue());
            } else {
                expenses = expenses.add(line.path("amount").decimalValue());
            }
        }
        assertEquals(0, new BigDecimal("3500.00").multiply(BigDecimal.valueOf(43)).compareTo(income));
        assertEquals(0, income.compareTo(expenses), "a balanced budget");
        // exactly the seeds' EUR 50,000, as a decimal, on the line Platform31's bill is booked on
        assertEquals("50000.00", m50.body().path("lines").path(1).path("amount").toString());
        assertEquals("PLATFORM31", m50.body().path("lines").path(1).path("code").asText());
        assertEquals("2025-10-16", m50.adoption().path("meetingDate").asText());
        assertTrue(m50.adoption().path("meetingName").asText().contains("voorbeeld"), "the example date says so");

        List<FinanceSeed.BillEntry> bills = FinanceSeed.fromClasspath().bills();
        assertEquals(1, bills.size());
        JsonNode platform31 = bills.get(0).body();
        assertEquals("PLATFORM31", platform31.path("budgetLine").asText());
        assertEquals("2026", platform31.path("date").asText().substring(0, 4));
        assertEquals("50000.00", platform31.path("amountInclVat").toString());
        assertEquals("APPROVED", bills.get(0).status());
        assertTrue(bills.get(0).isSameAs(platform31));
    }
}
