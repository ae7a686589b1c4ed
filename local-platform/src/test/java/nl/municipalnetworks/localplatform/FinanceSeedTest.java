package nl.municipalnetworks.localplatform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinanceSeedTest {

    private static final Map<String, String> MUNICIPALITIES = Map.of(
            "Meierijstad", "11111111-1111-1111-1111-111111111111", "Deventer", "22222222-2222-2222-2222-222222222222");

    @Test
    void theM50ContributionIsCollectedByMeierijstadAndG40PaysPlatform31PerInhabitant() {
        List<FinanceSeed.Entry> schemes = FinanceSeed.fromClasspath().feeSchemes(MUNICIPALITIES);
        assertThat(schemes).extracting(FinanceSeed.Entry::name)
                .containsExactly("Ledenbijdrage M50", "Bijdrage G40-steden aan Platform31 2023-2027");
        JsonNode m50 = schemes.get(0).body();
        assertThat(m50.path("amountPerYear").decimalValue()).isEqualByComparingTo("3500.00");
        assertThat(m50.path("collectorMunicipalityId").asText()).isEqualTo(MUNICIPALITIES.get("Meierijstad"));
        assertThat(m50.path("payers").asText()).isEqualTo("MEMBERS");
        JsonNode g40 = schemes.get(1).body();
        // Exactly 0.15, not the nearest double: the amount reaches the API as the decimal the seed states.
        assertThat(g40.path("ratePerInhabitant").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(g40.path("ratePerInhabitant").toString()).isEqualTo("0.15");
        assertThat(g40.path("referenceDate").asText()).isEqualTo("2022-01-01");
        assertThat(g40.path("collectorMunicipalityId").isNull()).isTrue();
        assertThat(FinanceSeed.fromClasspath().networks()).containsExactly("G40", "M50");
    }

    @Test
    void deventersAgreementRunsFromMarch2023ToTheEndOf2027() {
        FinanceSeed seed = FinanceSeed.fromClasspath();
        List<FinanceSeed.Entry> agreements = seed.agreements(MUNICIPALITIES,
                Map.of("Bijdrage G40-steden aan Platform31 2023-2027", "33333333-3333-3333-3333-333333333333"));
        assertThat(agreements).hasSize(1);
        JsonNode deventer = agreements.get(0).body();
        assertThat(deventer.path("payerMunicipalityId").asText()).isEqualTo(MUNICIPALITIES.get("Deventer"));
        assertThat(deventer.path("termStart").asText()).isEqualTo("2023-03-01");
        assertThat(deventer.path("termEnd").asText()).isEqualTo("2027-12-31");
        assertThatThrownBy(() -> seed.agreements(Map.of(), Map.of()))
                .hasMessageContaining("names municipality 'Deventer'");
    }
}
