package nl.municipalnetworks.commons.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateRangeTest {

    @Test
    void realDatesWithinTheRangeAreAccepted() {
        assertThat(DateRange.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
        assertThat(DateRange.parse("1800-01-01")).contains(DateRange.EARLIEST);
        assertThat(DateRange.parse("2199-12-31")).contains(DateRange.LATEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1799-12-31", "2200-01-01", "+999999999-12-31", "-0001-01-01", "0000-01-01",
            "2023-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "2024-01-01T00:00", " 2024-01-01", "20240101",
            "01-01-2024", "2024/01/01", "", "２０２４-01-01"})
    void anythingElseIsRefused(String text) {
        assertThat(DateRange.parse(text)).isEmpty();
    }

    @Test
    void theReasonStatesTheFormAndTheRange() {
        assertThat(DateRange.EXPECTED).isEqualTo("must be a date written as YYYY-MM-DD between 1800-01-01 and 2199-12-31");
    }
}
