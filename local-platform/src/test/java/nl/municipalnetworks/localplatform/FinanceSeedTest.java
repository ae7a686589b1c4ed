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
}
