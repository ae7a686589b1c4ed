package nl.municipalnetworks.events.document;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file a meeting document may be, by the media type the upload declares, and whether the bytes are
 * what the declaration says (their magic numbers): a PDF starts with {@code %PDF-} (within its first 1024 bytes, as
 * PDF readers allow), PNG and JPEG with their signatures, the Office Open XML formats (DOCX, XLSX, PPTX) are zip
 * files whose directory holds {@code [Content_Types].xml} and the part folder of their kind ({@code word/},
 * {@code xl/}, {@code ppt/}), the OpenDocument formats are zip files whose first entry, {@code mimetype}, stored
 * uncompressed, is the declared type itself. Plain text and CSV have no signature: they are refused when they hold
 * a NUL byte or start like one of the binary formats, and when they declare UTF-8 (or US-ASCII) and are not. Plain
 * Java, no framework: the rules are unit-tested.
 */
public enum DocumentType {
    PDF("application/pdf", "a PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document (DOCX)"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook (XLSX)"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint presentation (PPTX)"),
    ODT("application/vnd.oasis.opendocument.text", "an OpenDocument text (ODT)"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (ODS)"),
    ODP("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (ODP)"),
    TEXT("text/plain", "plain text"),
    CSV("text/csv", "CSV"),
    PNG("image/png", "a PNG image"),
    JPEG("image/jpeg", "a JPEG image");

    /** The charsets a text upload may declare; those of UTF-8 and US-ASCII are checked. */
    static final Set<String> TEXT_CHARSETS = Set.of("utf-8", "us-ascii", "iso-8859-1", "windows-1252");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String mediaType;
    private final String description;

    DocumentType(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The allowed media types, for messages and the API documentation. */
    public static String allowed() {
        return Arrays.stream(values()).map(DocumentType::mediaType).collect(Collectors.joining(", "));
    }

    /**
     * Checks an upload: its declared media type ({@code declared}, the part's Content-Type) is one of the allowed and
     * its bytes are of that type. Answers the media type to store and serve: the type itself, for text with the
     * charset (UTF-8 when none was declared and the bytes are UTF-8). A mistake is a 400 naming {@code field}.
     */
    public static String check(String field, String declared, byte[] content) {
        if (declared == null || declared.isBlank()) {
            throw ProblemException.invalid(field, "states no media type (the Content-Type of the file part); allowed: " + allowed());
        }
        String[] parts = declared.split(";");
        String essence = parts[0].strip().toLowerCase(Locale.ROOT);
        DocumentType type = Arrays.stream(values()).filter(t -> t.mediaType.equals(essence)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(field, "is declared as '" + shortened(essence)
                        + "', which is not allowed; allowed: " + allowed()));
        if (content.length == 0) {
            throw ProblemException.invalid(field, "is empty");
        }
        if (type == TEXT || type == CSV) {
            return type.checkText(field, charset(field, parts), content);
        }
        if (!type.matches(content)) {
            DocumentType actual = detect(content);
            throw ProblemException.invalid(field, "is declared as " + type.mediaType + " but its content is not " + type.description
                    + (actual == null || actual == type ? "" : "; it looks like " + actual.description + " (" + actual.mediaType + ")"));
        }
        return type.mediaType;
    }

    /** What the bytes look like, by their signature; null when they match none of the binary formats. */
    public static DocumentType detect(byte[] content) {
        for (DocumentType type : values()) {
            if (type != TEXT && type != CSV && type.matches(content)) {
                return type;
            }
        }
        return null;
    }

    boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> indexOf(content, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0;
            case PNG -> startsWith(content, PNG_MAGIC);
            case JPEG -> startsWith(content, JPEG_MAGIC);
            case DOCX -> officeOpenXml(content, "word/");
            case XLSX -> officeOpenXml(content, "xl/");
            case PPTX -> officeOpenXml(content, "ppt/");
            case ODT, ODS, ODP -> openDocument(content, mediaType);
            case TEXT, CSV -> false;
        };
    }

    private String checkText(String field, String charset, byte[] content) {
        DocumentType binary = detect(content);
        if (binary != null) {
            throw ProblemException.invalid(field, "is declared as " + mediaType + " but its content is " + binary.description
                    + " (" + binary.mediaType + ")");
        }
        for (byte b : content) {
            if (b == 0) {
                throw ProblemException.invalid(field, "is declared as " + mediaType + " but holds NUL bytes: it is not text");
            }
        }
        boolean utf8 = isUtf8(content);
        if (charset == null) {
            return utf8 ? mediaType + "; charset=UTF-8" : mediaType;
        }
        if (charset.equals("utf-8") && !utf8) {
            throw ProblemException.invalid(field, "is declared as UTF-8 text but its bytes are not UTF-8");
        }
        if (charset.equals("us-ascii") && !isAscii(content)) {
            throw ProblemException.invalid(field, "is declared as US-ASCII text but holds bytes outside ASCII");
        }
        return mediaType + "; charset=" + charset.toUpperCase(Locale.ROOT);
    }

    /** The charset parameter of a declared text type, lower case; null when none is given. */
    private static String charset(String field, String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!TEXT_CHARSETS.contains(value)) {
                    throw ProblemException.invalid(field, "declares the charset '" + shortened(value) + "'; text may be "
                            + String.join(", ", TEXT_CHARSETS.stream().sorted().toList()));
                }
                return value;
            }
        }
        return null;
    }

    /** Office Open XML: a zip whose directory names [Content_Types].xml and a part in the folder of its kind. */
    private static boolean officeOpenXml(byte[] content, String folder) {
        if (!startsWith(content, ZIP_MAGIC)) {
            return false;
        }
        List<String> names = ZipDirectory.names(content);
        return names.contains("[Content_Types].xml") && names.stream().anyMatch(name -> name.startsWith(folder));
    }

    /** OpenDocument: the first entry is "mimetype", stored (not compressed), holding the media type itself. */
    private static boolean openDocument(byte[] content, String mediaType) {
        if (!startsWith(content, ZIP_MAGIC) || content.length < 30) {
            return false;
        }
        int method = u16(content, 8);
        long size = u32(content, 18);
        int nameLength = u16(content, 26);
        int extraLength = u16(content, 28);
        String expectedName = "mimetype";
        if (method != 0 || nameLength != expectedName.length() || 30 + nameLength > content.length
                || !new String(content, 30, nameLength, StandardCharsets.US_ASCII).equals(expectedName)) {
            return false;
        }
        long start = 30L + nameLength + extraLength;
        if (size != mediaType.length() || start + size > content.length) {
            return false;
        }
        return new String(content, (int) start, (int) size, StandardCharsets.US_ASCII).equals(mediaType);
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte[] pattern, int window) {
        int last = Math.min(content.length, window) - pattern.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(content, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    private static String shortened(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }
}
