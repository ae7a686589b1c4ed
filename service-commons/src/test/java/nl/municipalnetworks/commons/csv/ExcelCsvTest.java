package nl.municipalnetworks.commons.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExcelCsvTest {

    private enum Kind { EXPENSE }

    @Test
    void aFileIsUtf8WithBomSemicolonsCrlfAndDecimalCommas() {
        byte[] file = ExcelCsv.write(List.of("code", "category", "kind", "amount", "on"), List.of(
                Arrays.asList("PLATFORM31", "Kennispartner Platform31", Kind.EXPENSE, new BigDecimal("50000.00"), LocalDate.of(2026, 6, 30)),
                Arrays.asList("LOBBY", "Lobby; public affairs \"Meines Holla\"", Kind.EXPENSE, new BigDecimal("-1234.5"), null)));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFcode;category;kind;amount;on\r\n"
                + "PLATFORM31;Kennispartner Platform31;EXPENSE;50000,00;2026-06-30\r\n"
                + "LOBBY;\"Lobby; public affairs \"\"Meines Holla\"\"\";EXPENSE;-1234,5;\r\n");
    }

    @Test
    void textThatExcelWouldRunAsAFormulaIsMadeInertButNegativeAmountsAreNot() {
        assertThat(ExcelCsv.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(ExcelCsv.cell("-10")).isEqualTo("'-10");
        assertThat(ExcelCsv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(ExcelCsv.cell(new BigDecimal("-10.00"))).isEqualTo("-10,00");
        assertThat(ExcelCsv.cell(42L)).isEqualTo("42");
        assertThat(ExcelCsv.cell("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
        assertThat(ExcelCsv.cell(null)).isEmpty();
    }

    @Test
    void aWrittenFileReadsBackWithItsValuesAndAmounts() throws ExcelCsv.Unreadable {
        byte[] file = ExcelCsv.write(List.of("name", "amount"), List.of(
                List.of("Súdwest-Fryslân; \"oud\"", new BigDecimal("15216.90")),
                List.of("'s-Hertogenbosch", new BigDecimal("0.05"))));
        List<List<String>> rows = ExcelCsv.read(file);
        assertThat(rows).containsExactly(List.of("name", "amount"), List.of("Súdwest-Fryslân; \"oud\"", "15216,90"),
                List.of("'s-Hertogenbosch", "0,05"));
        assertThat(ExcelCsv.parseDecimal(rows.get(1).get(1))).isEqualByComparingTo("15216.90");
    }

    @Test
    void amountsAreReadWithADecimalCommaAndDutchThousandsPoints() {
        assertThat(ExcelCsv.parseDecimal("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(ExcelCsv.parseDecimal("-0,50")).isEqualByComparingTo("-0.50");
        assertThat(ExcelCsv.parseDecimal("50000")).isEqualByComparingTo("50000");
        assertThatThrownBy(() -> ExcelCsv.parseDecimal("1.5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ExcelCsv.parseDecimal("12,3,4")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void excelsWindows1252FilesAreDecodedAndUtf16AndBinaryRefused() throws ExcelCsv.Unreadable {
        byte[] windows1252 = "naam;bedrag\r\nSúdwest-Fryslân;1,00\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(ExcelCsv.read(windows1252)).containsExactly(List.of("naam", "bedrag"), List.of("Súdwest-Fryslân", "1,00"));
        byte[] commas = "name,amount\nDeventer,\"1,00\"\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ExcelCsv.read(commas)).containsExactly(List.of("name", "amount"), List.of("Deventer", "1,00"));
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertThatThrownBy(() -> ExcelCsv.decode(utf16)).isInstanceOf(ExcelCsv.Unreadable.class).hasMessageContaining("UTF-16");
        byte[] neither = {'c', (byte) 0x81, '\n'};
        assertThatThrownBy(() -> ExcelCsv.decode(neither)).hasMessageContaining("neither UTF-8 nor Windows-1252");
        assertThatThrownBy(() -> ExcelCsv.read("a;b\n\"open".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("a quoted value is not closed");
        assertThatThrownBy(() -> ExcelCsv.read(new byte[]{'a', 0, 'b'})).hasMessageContaining("control characters");
    }
}
