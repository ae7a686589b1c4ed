package nl.municipalnetworks.member.municipality;

import nl.municipalnetworks.commons.csv.ExcelCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
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
 * later, against the database. How Excel's files are decoded, split and written is service-commons'
 * {@link ExcelCsv}, shared with finance-service's reports.
 */
public final class PopulationCsv {

    static final List<String> COLUMNS = List.of("code", "name", "count", "reference_date");
    /** What a file must look like; said whenever a file cannot be read. */
    static final String EXPECTED = "expected a CSV file with the header code;name;count;reference_date, "
            + "separated by semicolons or commas, " + ExcelCsv.ENCODINGS;
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2199;

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
        try {
            return parse(ExcelCsv.decode(body));
        } catch (ExcelCsv.Unreadable e) {
            return fileRejection(e.reason() + "; " + EXPECTED);
        }
    }

    /** Reads text already decoded; a leading byte order mark is ignored. */
    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        text = ExcelCsv.withoutBom(text);
        if (text == null || text.isBlank()) {
            return fileRejection("is empty; " + EXPECTED);
        }
        int binary = ExcelCsv.firstControlCharacterLine(text);
        if (binary > 0) {
            return new Parsed(rows, List.of(new Rejection(binary, "file",
                    "contains bytes that are not text (control characters); " + EXPECTED)), skipped);
        }
        String content = text.strip();
        String headerLine = content.lines().findFirst().orElse("");
        CSVFormat format = ExcelCsv.readingFormat(ExcelCsv.separatorOf(headerLine));
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
            long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
            rejections.add(new Rejection((int) line, "file", "is not readable as CSV near line " + line
                    + " (" + ExcelCsv.unreadableReason(e) + "); " + EXPECTED));
        }
        return new Parsed(rows, rejections, skipped);
    }

    /**
     * Writes the export: the same header and columns the import reads, as service-commons' {@link ExcelCsv} writes
     * for Excel in the Netherlands (UTF-8 with a byte order mark, semicolons, CRLF, names that would start a formula
     * made inert with an apostrophe, which the import ignores as it compares names by their search key); a
     * municipality without a count gets an empty count and date (the import skips such a line).
     */
    public static byte[] write(List<ExportRow> rows) {
        return ExcelCsv.write(COLUMNS, rows.stream()
                .map(row -> Arrays.asList(row.cbsCode(), row.name(), row.inhabitants(), row.referenceDate()))
                .toList());
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

    private static Parsed fileRejection(String reason) {
        return new Parsed(List.of(), List.of(new Rejection(1, "file", reason)), List.of());
    }
}
