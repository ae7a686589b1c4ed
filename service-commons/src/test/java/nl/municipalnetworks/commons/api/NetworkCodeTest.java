package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkCodeTest {

    @Test
    void capitalsAndDigitsOfTwoToTenCharacters() {
        assertThat(NetworkCode.parse("network", "M50")).isEqualTo("M50");
        assertThat(NetworkCode.parse("code", "G40")).isEqualTo("G40");
        assertThat(NetworkCode.parse("code", "ABCDEFGHIJ")).isEqualTo("ABCDEFGHIJ");
        for (String wrong : new String[]{"M", "m50", "M-50", "ABCDEFGHIJK", " M50", ""}) {
            assertThatThrownBy(() -> NetworkCode.parse("network", wrong)).as(wrong).isInstanceOf(ProblemException.class);
        }
        assertThatThrownBy(() -> NetworkCode.parse("network", null)).isInstanceOf(ProblemException.class);
    }
}
