package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void everyMemberOfTheSeedAndBothCollectorsHaveBillingDetails() {
        JsonNode seedData = SeedJson.fromClasspath(SeedData.RESOURCE);
        Map<String, String> ids = new java.util.HashMap<>();
        seedData.path("municipalities").forEach(m -> ids.put(m.path("name").asText(), java.util.UUID.randomUUID().toString()));
        List<FinanceSeed.Entry> parties = FinanceSeed.fromClasspath().parties(ids);

        Set<String> payers = new java.util.TreeSet<>();
        seedData.path("memberships").forEach(m -> payers.add(m.path("municipality").asText()));
        Set<String> named = new java.util.TreeSet<>(parties.stream().map(FinanceSeed.Entry::name).toList());
        assertTrue(named.containsAll(payers), "every member of the seed has billing details");
        assertTrue(named.contains("Platform31"));
        JsonNode meierijstad = parties.stream().filter(p -> p.name().equals("Meierijstad")).findFirst().orElseThrow().body();
        assertEquals(ids.get("Meierijstad"), meierijstad.path("municipalityId").asText());
        assertEquals("Gemeente Meierijstad", meierijstad.path("collectorName").asText(), "the M50 scheme's collector");
        for (FinanceSeed.Entry party : parties) {
            assertTrue(party.body().path("email").asText().endsWith(".example"), "fictitious: " + party.name());
            if (party.body().path("iban").isTextual()) {
                assertTrue(validIban(party.body().path("iban").asText()), party.name() + " has a valid IBAN");
            }
        }
        JsonNode platform31 = parties.stream().filter(p -> p.name().equals("Platform31")).findFirst().orElseThrow().body();
        assertTrue(platform31.path("municipalityId").isNull());
        assertTrue(platform31.path("vatNumber").asText().matches("NL[0-9]{9}B[0-9]{2}"), "Platform31 charges VAT");
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> FinanceSeed.fromClasspath().parties(Map.of()));
        assertTrue(unknown.getMessage().contains("party 'Gemeente"), unknown.getMessage());
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10..35, modulo 97 is 1. */
    private static boolean validIban(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.isDigit(c) ? String.valueOf((char) c) : String.valueOf(c - 'A' + 10)));
        return new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue() == 1;
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
        assertNull(m50.adoption(), "proposed only: the events seed's decision at the autumn assembly adopts it");

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
