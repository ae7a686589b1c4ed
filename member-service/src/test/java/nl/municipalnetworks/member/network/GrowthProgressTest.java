package nl.municipalnetworks.member.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrowthProgressTest {

    @Test
    void m50From40To50() {
        GrowthProgress at45 = GrowthProgress.of("M50", 40, 50, 45, 3);
        assertThat(at45.stillToRecruit()).isEqualTo(5);
        assertThat(at45.percentOfGrowthReached()).isEqualTo(50);

        assertThat(GrowthProgress.of("M50", 40, 50, 38, 0).percentOfGrowthReached()).isZero();
        assertThat(GrowthProgress.of("M50", 40, 50, 52, 0).percentOfGrowthReached()).isEqualTo(100);
        assertThat(GrowthProgress.of("M50", 40, 50, 52, 0).stillToRecruit()).isZero();
    }
}
