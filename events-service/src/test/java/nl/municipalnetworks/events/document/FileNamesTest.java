package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileNamesTest {

    private static final String NOTULEN = "Notulen ALV 's-Hertogenbosch — 16 oktober 2025.pdf";

    @Test
    void aNameIsServedAsUtf8FilenameStarWithAnAsciiFallback() {
        String header = FileNames.contentDisposition(NOTULEN);
        assertThat(header).isEqualTo("attachment; filename=\"Notulen ALV 's-Hertogenbosch - 16 oktober 2025.pdf\"; "
                + "filename*=UTF-8''Notulen%20ALV%20%27s-Hertogenbosch%20%E2%80%94%2016%20oktober%202025.pdf");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(NOTULEN);
        assertThat(FileNames.decodeExtended("file", "UTF-8''" + encoded)).isEqualTo(NOTULEN);
    }

    @Test
    void theAsciiFallbackDropsAccentsAndNeverBreaksTheQuotes() {
        assertThat(FileNames.asciiFallback("Súdwest-Fryslân begroting.xlsx")).isEqualTo("Sudwest-Fryslan begroting.xlsx");
        assertThat(FileNames.asciiFallback("Straße \"offerte\" \\ Ærø.pdf")).isEqualTo("Strasse _offerte_ _ AEro.pdf");
        assertThat(FileNames.asciiFallback("会议.pdf")).isEqualTo("__.pdf");
        assertThat(FileNames.encode("a+b;c=d.pdf")).isEqualTo("a+b%3Bc%3Dd.pdf");
    }

    @Test
    void anUploadIsNamedByFilenameStarBeforeFilenameAndWithoutItsFolder() {
        String disposition = "form-data; name=\"file\"; filename=\"Notulen ALV 's-Hertogenbosch - 16 oktober 2025.pdf\"; "
                + "filename*=UTF-8''Notulen%20ALV%20%27s-Hertogenbosch%20%E2%80%94%2016%20oktober%202025.pdf";
        assertThat(FileNames.ofUpload("file", disposition, "fallback.pdf")).isEqualTo(NOTULEN);
        assertThat(FileNames.ofUpload("file", "form-data; name=\"file\"; filename=\"x\"", NOTULEN)).isEqualTo(NOTULEN);
        assertThat(FileNames.ofUpload("file", null, "C:\\fakepath\\Súdwest-Fryslân.pdf")).isEqualTo("Súdwest-Fryslân.pdf");
        assertThat(FileNames.ofUpload("file", null, "../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.ofUpload("file", "form-data; filename*=iso-8859-1'nl'Fryksl%E2n.pdf", null)).isEqualTo("Fryksl\u00e2n.pdf");
        // Decomposed accents (as macOS writes them) are stored composed.
        assertThat(FileNames.ofUpload("file", null, "Frysla\u0302n.pdf")).isEqualTo("Frysl\u00e2n.pdf");
    }

    @Test
    void aMissingOddOrOverlongNameIsRefusedNamingTheFile() {
        assertRefused(null, null, "has no file name");
        assertRefused(null, "  ", "has no file name");
        assertRefused(null, "map/", "has no file name");
        assertRefused(null, "a\u0000b.pdf", "control characters");
        assertRefused(null, "x".repeat(252) + ".pdf", "longer than 255 characters");
        assertRefused("form-data; filename*=UTF-8''%FF.pdf", null, "not UTF-8");
        assertRefused("form-data; filename*=UTF-8''%4.pdf", null, "two hex digits");
        assertRefused("form-data; filename*=UTF-16''x.pdf", null, "UTF-8 or ISO-8859-1");
        assertRefused("form-data; filename*=x.pdf", null, "RFC 8187");
    }

    private static void assertRefused(String disposition, String fileName, String reasonPart) {
        assertThatThrownBy(() -> FileNames.ofUpload("file", disposition, fileName))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("file: ").contains(reasonPart);
                });
    }
}
