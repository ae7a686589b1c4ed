package nl.municipalnetworks.member.municipality;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CBS population file: a header {@code code,name,count,reference_date} and one row per
 * municipality. Each row is either a well-formed {@link Row} or a {@link Rejection} with the reason;
 * whether the municipality exists and the count is new is decided later, against the database.
 */
public final class PopulationCsv {

    static final List<String> COLUMNS = List.of("code", "name", "count", "reference_date");

    public record Row(int line, String cbsCode, String name, int inhabitants, LocalDate referenceDate) {
    }

    public record Rejection(int line, String field, String reason) {
    }

    public record Parsed(List<Row> rows, List<Rejection> rejections) {
    }

    private PopulationCsv() {
    }

    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        if (text == null || text.isBlank()) {
            rejections.add(new Rejection(1, "file", "is empty; expected a header " + String.join(",", COLUMNS)));
            return new Parsed(rows, rejections);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.strip()), format)) {
            Set<String> header = parser.getHeaderMap().keySet();
            List<String> missing = COLUMNS.stream().filter(c -> header.stream().noneMatch(c::equalsIgnoreCase)).toList();
            if (!missing.isEmpty()) {
                rejections.add(new Rejection(1, "header", "misses column(s) " + String.join(", ", missing)));
                return new Parsed(rows, rejections);
            }
            Map<String, Integer> firstLineOfKey = new HashMap<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
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
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            rejections.add(new Rejection(0, "file", "is not readable as CSV: " + e.getMessage()));
        }
        return new Parsed(rows, rejections);
    }

    private static Rejection readRow(CSVRecord record, int line, List<Row> rows) {
        if (!record.isConsistent()) {
            return new Rejection(line, "row", "has " + record.size() + " values; expected " + COLUMNS.size());
        }
        String code = record.get("code");
        if (!CbsCode.isValid(code)) {
            return new Rejection(line, "code", "'" + code + "' is not a CBS code (GM followed by four digits)");
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
        LocalDate date;
        try {
            date = LocalDate.parse(record.get("reference_date"));
        } catch (DateTimeParseException e) {
            return new Rejection(line, "reference_date", "'" + record.get("reference_date") + "' is not a date (YYYY-MM-DD)");
        }
        rows.add(new Row(line, code, name, count, date));
        return null;
    }
}
