package nl.municipalnetworks.commons.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as Excel in the Netherlands reads and writes it, for every service's exports and imports.
 *
 * <p>Written: UTF-8 with a byte order mark (without it Excel reads the bytes as Windows-1252 and garbles
 * Súdwest-Fryslân), semicolons (the Dutch list separator: Excel splits on it when a file is opened by a double click),
 * CRLF line ends, a value quoted when it holds a semicolon, a quote or a line break (quotes inside doubled), amounts
 * with a decimal comma and no thousands separator ({@code 1234,56}: a number to Dutch Excel, not text), dates as
 * {@code YYYY-MM-DD} (a date to Excel), and text that Excel would take for a formula ({@code =}, {@code +}, {@code -},
 * {@code @} first) made inert with an apostrophe in front, so that opening a file runs nothing.
 *
 * <p>Read: UTF-8 with or without a byte order mark, or Windows-1252 (Excel's "CSV (gescheiden door
 * lijstscheidingsteken)"), separated by semicolons or commas (whichever the header line holds more of); UTF-16 and
 * bytes that are not text are refused with a reason in the user's words ({@link Unreadable}).
 */
public final class ExcelCsv {

    /** The media type of every file written here. */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    public static final char SEPARATOR = ';';
    public static final String LINE_END = "\r\n";
    /** What the bytes of a file to read may be, for the reasons given when a file cannot be read. */
    public static final String ENCODINGS = "encoded as UTF-8 or Windows-1252 (as Excel saves it)";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CSVFormat WRITING = CSVFormat.DEFAULT.builder().setDelimiter(SEPARATOR)
            .setRecordSeparator(LINE_END).get();
    private static final Pattern DUTCH_DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");

    private ExcelCsv() {
    }

    /** Why the bytes of a file cannot be read as text, in the user's words ("is UTF-16 text ..."). */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason);
        }

        public String reason() {
            return getMessage();
        }
    }

    // ---- writing ----

    /**
     * A file of a header and rows. A cell is written by its type: a {@link BigDecimal} with a decimal comma, a whole
     * number as it is, a {@link LocalDate} as YYYY-MM-DD, an enum by its name, anything else as inert text; null is
     * an empty cell.
     */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, WRITING)) {
            printer.printRecord(header.stream().map(ExcelCsv::inert).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(ExcelCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as text (see {@link #write}). */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return decimal(amount);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return inert(value.toString());
    }

    /** {@code 1234.5} as Dutch Excel reads a number: {@code 1234,5}; no thousands separator, no exponent. */
    public static String decimal(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    /**
     * Text that Excel would take for a formula (=, +, -, @, a tab or CR first) with an apostrophe in front; a reader
     * that compares names ignoring apostrophes (member-service's search key) still reads it back unchanged.
     */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    // ---- reading ----

    /**
     * The text of an uploaded file, without a byte order mark: UTF-8 when the bytes are valid UTF-8, otherwise
     * Windows-1252; UTF-16 and bytes that are neither are refused.
     */
    public static String decode(byte[] body) throws Unreadable {
        if (body == null || body.length == 0) {
            return "";
        }
        if (body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE) || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))) {
            throw new Unreadable("is UTF-16 text (Excel's \"Unicode text\")");
        }
        int start = startsWith(body, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        try {
            return strictly(StandardCharsets.UTF_8, bytes.duplicate());
        } catch (CharacterCodingException notUtf8) {
            try {
                return strictly(WINDOWS_1252, bytes.duplicate());
            } catch (CharacterCodingException notWindows1252) {
                throw new Unreadable("is neither UTF-8 nor Windows-1252 text");
            }
        }
    }

    /** Text without a leading byte order mark. */
    public static String withoutBom(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of a file by its header line: a semicolon when it holds more of them than commas. */
    public static char separatorOf(String headerLine) {
        return count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
    }

    /** How a file with a header line is read: values trimmed, empty lines skipped, header names in any case. */
    public static CSVFormat readingFormat(char separator) {
        return CSVFormat.DEFAULT.builder().setDelimiter(separator)
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true).get();
    }

    /**
     * Every line of a file as its values, the header line first; for small files whose rows need no per-line
     * rejection (and for tests that read an export back).
     */
    public static List<List<String>> read(byte[] body) throws Unreadable {
        String text = decode(body);
        if (text.isBlank()) {
            throw new Unreadable("is empty");
        }
        if (firstControlCharacterLine(text) > 0) {
            throw new Unreadable("contains bytes that are not text (control characters)");
        }
        String headerLine = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(headerLine)).setIgnoreEmptyLines(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("is not readable as CSV (" + unreadableReason(e) + ")");
        }
        return rows;
    }

    /**
     * An amount as Dutch Excel writes it: {@code 1234,56}, {@code -0,50} or with thousands points
     * {@code 1.234,56}; a point alone is a thousands separator in Dutch, so {@code 1.5} is refused rather than
     * misread.
     */
    public static BigDecimal parseDecimal(String text) {
        String value = text == null ? "" : text.strip();
        if (!DUTCH_DECIMAL.matcher(value).matches()) {
            throw new NumberFormatException("'" + text + "' is not an amount written with a decimal comma (1234,56)");
        }
        return new BigDecimal(value.replace(".", "").replace(',', '.'));
    }

    /** The line of the first control character other than tab, CR and LF; 0 when there is none. */
    public static int firstControlCharacterLine(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
                return line;
            }
        }
        return 0;
    }

    /**
     * Why commons-csv could not read a file, in the user's words: it fails while iterating (UncheckedIOException)
     * on an unterminated quote or text after a closing quote, and on construction on a duplicate or empty header.
     */
    public static String unreadableReason(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is not closed";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")
                || message.contains("invalid char between encapsulated token and delimiter")) {
            return "text after the closing quote of a value";
        }
        if (message.contains("duplicate name") || message.contains("header contains a missing column name")
                || message.contains("A header name is missing")) {
            return "the header repeats a column or has an empty one";
        }
        return "the quotes or separators do not line up";
    }

    private static String strictly(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }
}
