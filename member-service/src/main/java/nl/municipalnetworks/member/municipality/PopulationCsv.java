package nl.municipalnetworks.member.municipality;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes a population file: a header {@code code;name;count;reference_date} and one row
 * per municipality, as Excel in the Netherlands saves it ("CSV (gescheiden door
 * lijstscheidingsteken)": semicolons, Windows-1252; or "CSV UTF-8": a byte order mark) or as a
 * program writes it (commas, UTF-8). Each row is either a well-formed {@link Row}, a skipped line
 * (no count and no date: a municipality without a count, as the export writes it) or a
 * {@link Rejection} with the reason; whether the municipality exists and the count is new is decided
 * later, against the database.
 */
public final class PopulationCsv {

    static final List<String> COLUMNS = List.of("code", "name", "count", "reference_date");
    /** What a file must look like; said whenever a file cannot be read. */
    static final String EXPECTED = "expected a CSV file with the header code;name;count;reference_date, "
            + "separated by semicolons or commas, encoded as UTF-8 or Windows-1252 (as Excel saves it)";
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2199;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            // Dutch Excel: 01-01-2022 and, with its default short date, 1-1-2022.
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    public record Row(int line, String cbsCode, String name, int inhabitants, LocalDate referenceDate) {
    }

    public record Rejection(int line, String field, String reason) {
    }

    public record Parsed(List<Row> rows, List<Rejection> rejections, List<Integer> skippedLines) {
        Parsed(List<Row> rows, List<Rejection> rejections) {
            this(rows, rejections, List.of());
        }
    }

    /** One municipality in an export; count and date null when it has no count. */
    public record ExportRow(String cbsCode, String name, Integer inhabitants, LocalDate referenceDate) {
    }

    private PopulationCsv() {
    }

    /**
     * Reads the bytes of an uploaded file: UTF-8 (with or without a byte order mark) when they are
     * valid UTF-8, otherwise Windows-1252; anything else, or bytes that are not text, is refused.
     */
    public static Parsed parse(byte[] body) {
        if (body == null || body.length == 0) {
            return parse("");
        }
        if (body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE) || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))) {
            return fileRejection("is UTF-16 text (Excel's \"Unicode text\"); " + EXPECTED);
        }
        int start = startsWith(body, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer bytes = ByteBuffer.wrap(body, start, body.length - start);
        String text;
        try {
            text = strictly(StandardCharsets.UTF_8, bytes.duplicate());
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strictly(WINDOWS_1252, bytes.duplicate());
            } catch (CharacterCodingException notWindows1252) {
                return fileRejection("is neither UTF-8 nor Windows-1252 text; " + EXPECTED);
            }
        }
        return parse(text);
    }

    /** Reads text already decoded; a leading byte order mark is ignored. */
    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        if (text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text == null || text.isBlank()) {
            return fileRejection("is empty; " + EXPECTED);
        }
        int binary = firstControlCharacterLine(text);
        if (binary > 0) {
            return new Parsed(rows, List.of(new Rejection(binary, "file",
                    "contains bytes that are not text (control characters); " + EXPECTED)), skipped);
        }
        String content = text.strip();
        String headerLine = content.lines().findFirst().orElse("");
        char delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true).get();
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(new StringReader(content), format);
            Set<String> header = parser.getHeaderMap().keySet();
            List<String> missing = COLUMNS.stream().filter(c -> header.stream().noneMatch(c::equalsIgnoreCase)).toList();
            if (!missing.isEmpty()) {
                rejections.add(new Rejection(1, "header", "misses column(s) " + String.join(", ", missing)
                        + "; " + EXPECTED));
                return new Parsed(rows, rejections, skipped);
            }
            Map<String, Integer> firstLineOfKey = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.isConsistent() && record.get("count").isEmpty() && record.get("reference_date").isEmpty()) {
                    skipped.add(line);
                    continue;
                }
                Rejection problem = readRow(record, line, rows);
                if (problem != null) {
                    rejections.add(problem);
                    continue;
                }
                Row row = rows.get(rows.size() - 1);
                Integer earlier = firstLineOfKey.putIfAbsent(row.cbsCode() + "@" + row.referenceDate(), line);
                if (earlier != null) {
                    rows.remove(rows.size() - 1);
                    rejections.add(new Rejection(line, "code", "repeats line " + earlier + " for the same reference date"));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv fails while iterating (UncheckedIOException) on an unterminated quote or
            // text after a closing quote, and on construction on a duplicate or empty header name.
            long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
            rejections.add(new Rejection((int) line, "file", "is not readable as CSV near line " + line
                    + " (" + unreadableReason(e) + "); " + EXPECTED));
        }
        return new Parsed(rows, rejections, skipped);
    }

    /**
     * Writes the export: the same header and columns the import reads, UTF-8 with a byte order mark,
     * semicolons and CRLF, so that Excel in the Netherlands opens it as a table; a municipality
     * without a count gets an empty count and date (the import skips such a line).
     */
    public static byte[] write(List<ExportRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(COLUMNS);
            for (ExportRow row : rows) {
                printer.printRecord(row.cbsCode() == null ? "" : row.cbsCode(), inert(row.name()),
                        row.inhabitants() == null ? "" : row.inhabitants().toString(),
                        row.referenceDate() == null ? "" : row.referenceDate().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A name that Excel would take for a formula (=, +, -, @ first) gets an apostrophe in front, so
     * that opening the export runs nothing; the import compares names by their search key, which
     * ignores apostrophes, so the file still reads back unchanged.
     */
    private static String inert(String name) {
        return !name.isEmpty() && "=+-@\t\r".indexOf(name.charAt(0)) >= 0 ? "'" + name : name;
    }

    private static Rejection readRow(CSVRecord record, int line, List<Row> rows) {
        if (!record.isConsistent()) {
            return new Rejection(line, "row", "has " + record.size() + " values; expected " + COLUMNS.size()
                    + " (code, name, count, reference_date)");
        }
        String code = record.get("code").toUpperCase(Locale.ROOT);
        if (!CbsCode.isValid(code)) {
            return new Rejection(line, "code", "'" + record.get("code") + "' is not " + CbsCode.EXPECTED);
        }
        String name = record.get("name");
        if (name.isBlank()) {
            return new Rejection(line, "name", "is empty");
        }
        int count;
        try {
            count = Integer.parseInt(record.get("count"));
        } catch (NumberFormatException e) {
            return new Rejection(line, "count", "'" + record.get("count") + "' is not a whole number");
        }
        if (count <= 0) {
            return new Rejection(line, "count", "must be positive");
        }
        LocalDate date = date(record.get("reference_date"));
        if (date == null) {
            return new Rejection(line, "reference_date", "'" + record.get("reference_date")
                    + "' is not a date (YYYY-MM-DD or DD-MM-YYYY)");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return new Rejection(line, "reference_date", "'" + record.get("reference_date")
                    + "' is not between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        rows.add(new Row(line, code, name, count, date));
        return null;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static String unreadableReason(Exception e) {
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

    private static Parsed fileRejection(String reason) {
        return new Parsed(List.of(), List.of(new Rejection(1, "file", reason)), List.of());
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

    /** The line of the first control character other than tab, CR and LF; 0 when there is none. */
    private static int firstControlCharacterLine(String text) {
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

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }
}
