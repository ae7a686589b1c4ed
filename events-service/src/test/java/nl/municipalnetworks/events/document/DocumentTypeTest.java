package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTypeTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String ODP = "application/vnd.oasis.opendocument.presentation";

    @Test
    void everyAllowedTypeIsAcceptedWhenItsBytesAreOfThatType() {
        Map<String, byte[]> files = Map.of(
                "application/pdf", SampleFiles.pdf("agenda"),
                DOCX, SampleFiles.officeOpenXml("word/"),
                XLSX, SampleFiles.officeOpenXml("xl/"),
                PPTX, SampleFiles.officeOpenXml("ppt/"),
                ODT, SampleFiles.openDocument(ODT),
                ODS, SampleFiles.openDocument(ODS),
                ODP, SampleFiles.openDocument(ODP),
                "image/png", SampleFiles.png(),
                "image/jpeg", SampleFiles.jpeg());
        files.forEach((type, bytes) -> {
            assertThat(DocumentType.check("file", type, bytes)).as(type).isEqualTo(type);
            assertThat(DocumentType.detect(bytes).mediaType()).as(type).isEqualTo(type);
        });
        // Parameters and case of a binary type are not kept.
        assertThat(DocumentType.check("file", "Application/PDF; name=x.pdf", SampleFiles.pdf("x"))).isEqualTo("application/pdf");
    }

    @Test
    void aDeclaredTypeThatTheBytesDoNotMatchIsRefusedNamingWhatTheyLookLike() {
        assertRefused("application/pdf", SampleFiles.png(), "is declared as application/pdf but its content is not a PDF; "
                + "it looks like a PNG image (image/png)");
        assertRefused("image/png", SampleFiles.jpeg(), "it looks like a JPEG image");
        assertRefused("image/jpeg", SampleFiles.pdf("x"), "it looks like a PDF");
        assertRefused(DOCX, SampleFiles.officeOpenXml("xl/"), "it looks like an Excel workbook (XLSX)");
        assertRefused(DOCX, SampleFiles.openDocument(ODT), "it looks like an OpenDocument text (ODT)");
        assertRefused(ODT, SampleFiles.openDocument(ODS), "it looks like an OpenDocument spreadsheet (ODS)");
        assertRefused(XLSX, SampleFiles.plainZip(), "its content is not an Excel workbook (XLSX)");
        assertRefused(PPTX, "PK but not a zip".getBytes(StandardCharsets.US_ASCII), "its content is not a PowerPoint presentation");
        assertRefused("application/pdf", "Dit is geen PDF".getBytes(StandardCharsets.UTF_8), "its content is not a PDF");
    }

    @Test
    void aPdfHeaderMayFollowAFewBytesAsReadersAllowButNotAKilobyte() {
        byte[] pdf = SampleFiles.pdf("x");
        byte[] shifted = concat(new byte[100], pdf);
        assertThat(DocumentType.check("file", "application/pdf", shifted)).isEqualTo("application/pdf");
        assertRefused("application/pdf", concat(new byte[1100], pdf), "its content is not a PDF");
    }

    @Test
    void onlyTheListedTypesAreAllowed() {
        assertRefused("application/zip", SampleFiles.plainZip(), "is declared as 'application/zip', which is not allowed; allowed: application/pdf");
        assertRefused("application/octet-stream", SampleFiles.pdf("x"), "which is not allowed");
        assertRefused("text/html", "<p>hallo</p>".getBytes(StandardCharsets.UTF_8), "which is not allowed");
        assertRefused(null, SampleFiles.pdf("x"), "states no media type");
        assertRefused("application/pdf", new byte[0], "is empty");
    }

    @Test
    void textIsKeptWithItsCharsetAndRefusedWhenItIsNotText() {
        byte[] utf8 = "Agenda\n1. Opening door de voorzitter, 's-Hertogenbosch\n2. Súdwest-Fryslân\n".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentType.check("file", "text/plain", utf8)).isEqualTo("text/plain; charset=UTF-8");
        assertThat(DocumentType.check("file", "text/csv; charset=utf-8", "gemeente;aantal\nZeist;3\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/csv; charset=UTF-8");
        byte[] windows = "Súdwest-Fryslân".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(DocumentType.check("file", "text/csv", windows)).isEqualTo("text/csv");
        assertThat(DocumentType.check("file", "text/csv; charset=windows-1252", windows)).isEqualTo("text/csv; charset=WINDOWS-1252");
        assertRefused("text/csv; charset=utf-8", windows, "is declared as UTF-8 text but its bytes are not UTF-8");
        assertRefused("text/plain; charset=us-ascii", utf8, "holds bytes outside ASCII");
        assertRefused("text/plain; charset=koi8-r", utf8, "declares the charset 'koi8-r'");
        assertRefused("text/plain", SampleFiles.png(), "its content is a PNG image");
        assertRefused("text/csv", SampleFiles.pdf("x"), "its content is a PDF");
        assertRefused("text/plain", new byte[]{'a', 0, 'b'}, "holds NUL bytes");
    }

    @Test
    void aZipDirectoryIsReadWithoutInflatingAndMalformedOnesGiveNoNames() {
        assertThat(ZipDirectory.names(SampleFiles.officeOpenXml("word/")))
                .containsExactly("[Content_Types].xml", "_rels/.rels", "word/main.xml");
        byte[] truncated = Arrays.copyOf(SampleFiles.officeOpenXml("word/"), 60);
        assertThat(ZipDirectory.names(truncated)).isEmpty();
        byte[] endOnly = {'P', 'K', 5, 6, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 0, 0};
        assertThat(ZipDirectory.names(endOnly)).isEmpty();
    }

    private static void assertRefused(String declared, byte[] content, String reasonPart) {
        assertThatThrownBy(() -> DocumentType.check("file", declared, content))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem().invalidParams()).singleElement().satisfies(p -> {
                        assertThat(p.name()).isEqualTo("file");
                        assertThat(p.reason()).contains(reasonPart);
                    });
                });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
