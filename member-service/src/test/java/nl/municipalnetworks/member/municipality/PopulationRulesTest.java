package nl.municipalnetworks.member.municipality;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationRulesTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2022, 1, 1);

    @Test
    void cbsCodeIsGmAndFourDigits() {
        assertThat(CbsCode.isValid("GM0150")).isTrue();
        assertThat(CbsCode.isValid("GM150")).isFalse();
        assertThat(CbsCode.isValid("gm0150")).isFalse();
        assertThat(CbsCode.isValid("GM01500")).isFalse();
        assertThat(CbsCode.isValid(null)).isFalse();
    }

    @Test
    void oneCountPerReferenceDateNeverOverwritten() {
        Map<LocalDate, Integer> deventer = Map.of(PEILDATUM, 101_446);
        assertThat(PopulationHistory.check(deventer, PEILDATUM, 101_446)).isEqualTo(PopulationHistory.Outcome.UNCHANGED);
        assertThat(PopulationHistory.check(deventer, PEILDATUM, 101_500)).isEqualTo(PopulationHistory.Outcome.CONFLICT);
        assertThat(PopulationHistory.check(deventer, PEILDATUM.plusYears(1), 102_000)).isEqualTo(PopulationHistory.Outcome.NEW);
    }

    @Test
    void csvRowsAreReadOrRefusedWithTheirLineAndField() {
        String csv = """
                code,name,count,reference_date
                GM0150,Deventer,101446,2022-01-01
                GM150,Deventer,101446,2022-01-01
                GM0355,Zeist,many,2022-01-01
                GM0867,Waalwijk,49000,2022-13-01
                GM0150,Deventer,101446,2022-01-01
                GM1948,Meierijstad,-5,2022-01-01
                """;
        PopulationCsv.Parsed parsed = PopulationCsv.parse(csv);
        assertThat(parsed.rows()).containsExactly(new PopulationCsv.Row(2, "GM0150", "Deventer", 101_446, PEILDATUM));
        assertThat(parsed.rejections()).extracting(PopulationCsv.Rejection::line, PopulationCsv.Rejection::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "code"),
                        org.assertj.core.groups.Tuple.tuple(4, "count"),
                        org.assertj.core.groups.Tuple.tuple(5, "reference_date"),
                        org.assertj.core.groups.Tuple.tuple(6, "code"),
                        org.assertj.core.groups.Tuple.tuple(7, "count"));
    }

    @Test
    void csvWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        PopulationCsv.Parsed parsed = PopulationCsv.parse("gemeente,inwoners\nDeventer,101446\n");
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.rejections()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("header");
            assertThat(r.reason()).contains("code", "count", "reference_date");
        });
    }

    @Test
    void provincesAreTheTwelve() {
        assertThat(Province.values()).hasSize(12);
        assertThat(Province.parse("Noord-Brabant")).contains(Province.NOORD_BRABANT);
        assertThat(Province.parse("Friesland")).contains(Province.FRYSLAN);
        assertThat(Province.parse("Brabant")).isEmpty();
        assertThat(Cluster.values()).hasSize(7);
    }
}
