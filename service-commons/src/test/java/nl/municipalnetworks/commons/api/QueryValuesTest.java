package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryValuesTest {

    @Test
    void aWholeNumberWithinTheBoundsIsTakenAndAnAbsentOneIsTheDefault() {
        assertThat(QueryValues.wholeNumber("weeks", "1", 1, 52, 4)).isEqualTo(1);
        assertThat(QueryValues.wholeNumber("weeks", "52", 1, 52, 4)).isEqualTo(52);
        assertThat(QueryValues.wholeNumber("weeks", "007", 1, 52, 4)).isEqualTo(7);
        assertThat(QueryValues.wholeNumber("weeks", null, 1, 52, 4)).isEqualTo(4);
        assertThat(QueryValues.wholeNumber("weeks", "", 1, 52, 4)).isEqualTo(4);
        assertThat(QueryValues.wholeNumber("year", "2100", 2000, 2100, 0)).isEqualTo(2100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "53", "1.5", "1.0", "1e1", "+1", "-1", " 1", "1 ", " ", "one", "0x10", "١",
            "999999999", "2147483648", "99999999999999999999"})
    void anythingElseIsRefusedNamingTheParameterAndTheBounds(String value) {
        assertThatThrownBy(() -> QueryValues.wholeNumber("weeks", value, 1, 52, 4))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().invalidParams()).singleElement().satisfies(p -> {
                        assertThat(p.name()).isEqualTo("weeks");
                        assertThat(p.reason()).isEqualTo("must be a whole number between 1 and 52");
                    });
                });
    }

    @Test
    void aNoteFollowsTheReason() {
        assertThatThrownBy(() -> QueryValues.wholeNumber("page", "0", 1, 50001, 1, " (at page size 20)"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().invalidParams().get(0).reason())
                        .isEqualTo("must be a whole number between 1 and 50001 (at page size 20)"));
    }
}
