package nl.municipalnetworks.member.municipality;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV files as Excel in the Netherlands saves them, province spellings and the range of CBS codes. */
class DutchInputTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2022, 1, 1);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void excelSemicolonFileInWindows1252IsRead() {
        byte[] file = "code;name;count;reference_date\r\nGM1900;Súdwest-Fryslân;90000;01-01-2022\r\nGM0796;'s-Hertogenbosch;160000;1-1-2022\r\n"
                .getBytes(WINDOWS_1252);
        PopulationCsv.Parsed parsed = PopulationCsv.parse(file);
        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new PopulationCsv.Row(2, "GM1900", "Súdwest-Fryslân", 90_000, PEILDATUM),
                new PopulationCsv.Row(3, "GM0796", "'s-Hertogenbosch", 160_000, PEILDATUM));
    }

    @Test
    void utf8WithByteOrderMarkAndCommasIsRead() {
        byte[] body = "code,name,count,reference_date\nGM1900,Súdwest-Fryslân,90000,2022-01-01\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);
        assertThat(PopulationCsv.parse(file).rows())
                .containsExactly(new PopulationCsv.Row(2, "GM1900", "Súdwest-Fryslân", 90_000, PEILDATUM));
    }

    @Test
    void datesOutsideASaneRangeOrImpossibleAreRefused() {
        PopulationCsv.Parsed parsed = PopulationCsv.parse("""
                code;name;count;reference_date
                GM0150;Deventer;101446;31-12-1799
                GM0150;Deventer;101446;01-01-2200
                GM0150;Deventer;101446;31-02-2022
                GM0150;Deventer;101446;2022/01/01
                GM0150;Deventer;101446;31-12-2199
                """);
        assertThat(parsed.rejections()).extracting(PopulationCsv.Rejection::line).containsExactly(2, 3, 4, 5);
        assertThat(parsed.rejections()).allSatisfy(r -> assertThat(r.field()).isEqualTo("reference_date"));
        assertThat(parsed.rows()).extracting(PopulationCsv.Row::referenceDate).containsExactly(LocalDate.of(2199, 12, 31));
    }

    @Test
    void unterminatedQuoteIsAFileRejectionNotAnException() {
        PopulationCsv.Parsed parsed = PopulationCsv.parse("code;name;count;reference_date\nGM0150;\"Deventer;101446;2022-01-01\n");
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.rejections()).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("file");
            assertThat(r.reason()).contains("quoted value is not closed", "code;name;count;reference_date", "Windows-1252");
        });
    }

    @Test
    void binaryBytesAndUtf16AreRefusedSayingWhatIsExpected() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00};
        assertThat(PopulationCsv.parse(zip).rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("not text", "UTF-8 or Windows-1252"));
        byte[] utf16 = "code;name".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(PopulationCsv.parse(withBom).rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("UTF-16"));
        // 0x81 is not a character in Windows-1252 and not valid UTF-8 either.
        byte[] neither = {'c', 'o', 'd', 'e', (byte) 0x81, '\n'};
        assertThat(PopulationCsv.parse(neither).rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("neither UTF-8 nor Windows-1252"));
    }

    @Test
    void aWrongHeaderSaysWhichHeaderIsExpected() {
        assertThat(PopulationCsv.parse("gemeente;inwoners\nDeventer;101446\n".getBytes(StandardCharsets.UTF_8)).rejections())
                .singleElement().satisfies(r -> {
                    assertThat(r.field()).isEqualTo("header");
                    assertThat(r.reason()).contains("code;name;count;reference_date", "semicolons or commas");
                });
    }

    @Test
    void exportIsExcelReadyAndReadsBackTheSame() {
        byte[] file = PopulationCsv.write(List.of(
                new PopulationCsv.ExportRow("GM0796", "'s-Hertogenbosch", 160_000, PEILDATUM),
                new PopulationCsv.ExportRow("GM1900", "Súdwest-Fryslân; \"test\"", 90_000, PEILDATUM),
                new PopulationCsv.ExportRow(null, "Zonder telling", null, null)));
        assertThat(new String(file, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode;name;count;reference_date\r\nGM0796;'s-Hertogenbosch;160000;2022-01-01\r\n");
        PopulationCsv.Parsed back = PopulationCsv.parse(file);
        assertThat(back.rejections()).isEmpty();
        assertThat(back.rows()).containsExactly(
                new PopulationCsv.Row(2, "GM0796", "'s-Hertogenbosch", 160_000, PEILDATUM),
                new PopulationCsv.Row(3, "GM1900", "Súdwest-Fryslân; \"test\"", 90_000, PEILDATUM));
        assertThat(back.skippedLines()).containsExactly(4);
    }

    @Test
    void exportedNamesNeverStartAFormulaInExcel() {
        String text = new String(PopulationCsv.write(List.of(
                new PopulationCsv.ExportRow("GM2001", "=HYPERLINK(\"http://example.org\")", null, null),
                new PopulationCsv.ExportRow("GM2002", "@SUM(A1)", null, null))), StandardCharsets.UTF_8);
        assertThat(text).contains("GM2001;\"'=HYPERLINK(\"\"http://example.org\"\")\";;\r\n", "GM2002;'@SUM(A1);;\r\n");
    }

    @Test
    void provincesAreTakenInTheirCommonSpellingsAndAnsweredOfficially() {
        assertThat(Province.parse("Friesland")).contains(Province.FRYSLAN);
        assertThat(Province.parse("fryslan")).contains(Province.FRYSLAN);
        assertThat(Province.parse("FRYSLÂN")).contains(Province.FRYSLAN);
        assertThat(Province.parse("Noord Brabant")).contains(Province.NOORD_BRABANT);
        assertThat(Province.parse("noord-brabant")).contains(Province.NOORD_BRABANT);
        assertThat(Province.parse("NOORD_BRABANT")).contains(Province.NOORD_BRABANT);
        assertThat(Province.parse(" nb ")).contains(Province.NOORD_BRABANT);
        assertThat(Province.parse("NH")).contains(Province.NOORD_HOLLAND);
        assertThat(Province.parse("ZH")).contains(Province.ZUID_HOLLAND);
        assertThat(Province.parse("GLD")).contains(Province.GELDERLAND);
        assertThat(Province.parse("UT")).contains(Province.UTRECHT);
        assertThat(Province.parse("OV")).contains(Province.OVERIJSSEL);
        assertThat(Province.parse("FL")).contains(Province.FLEVOLAND);
        assertThat(Province.parse("DR")).contains(Province.DRENTHE);
        assertThat(Province.parse("GR")).contains(Province.GRONINGEN);
        assertThat(Province.parse("FR")).contains(Province.FRYSLAN);
        assertThat(Province.parse("ZL")).contains(Province.ZEELAND);
        assertThat(Province.parse("LB")).contains(Province.LIMBURG);
        assertThat(Province.parse("Brabant")).isEmpty();
        assertThat(Province.parse("Holland")).isEmpty();
        assertThat(Province.FRYSLAN.displayName()).isEqualTo("Fryslân");
    }

    @Test
    void cbsCodesOutsideTheIssuedRangeAreRefused() {
        assertThat(CbsCode.isValid("GM0001")).isTrue();
        assertThat(CbsCode.isValid("GM1992")).isTrue();
        assertThat(CbsCode.isValid("GM2999")).isTrue();
        assertThat(CbsCode.isValid("GM0000")).isFalse();
        assertThat(CbsCode.isValid("GM3000")).isFalse();
        assertThat(CbsCode.isValid("GM9150")).isFalse();
        assertThat(CbsCode.isValid("GM01500")).isFalse();
        assertThat(CbsCode.fromQuery(" gm0150 ")).isEqualTo("GM0150");
        assertThat(CbsCode.fromQuery(" ")).isNull();
        assertThatThrownBy(() -> CbsCode.fromQuery("GM0000")).hasMessageContaining("0001 to 2999");
    }
}
