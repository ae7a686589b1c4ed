package nl.municipalnetworks.gateway.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The filters of the audit query, taken strictly from the query parameters: a bad one is a 400 that names it.
 * {@code from} (inclusive) and {@code to} (exclusive) are RFC 3339 date-times with an offset
 * ({@code 2026-12-07T09:00:00+01:00} or {@code ...Z}); {@code user} matches the subject or the username.
 */
public record AuditFilter(Instant from, Instant to, String network, String client, String user, String method,
                          Integer status, String requestId) {

    private static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public static AuditFilter of(String from, String to, String network, String client, String user, String method,
                                 String status, String requestId) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw AuditProblem.invalid("to", "must be later than from");
        }
        String m = text("method", method, 10);
        if (m != null) {
            m = m.toUpperCase(Locale.ROOT);
            if (!AuditEntry.WRITES.contains(m)) {
                throw AuditProblem.invalid("method", "must be one of POST, PUT, PATCH, DELETE (only writes are recorded)");
            }
        }
        Integer code = null;
        String s = text("status", status, 3);
        if (s != null) {
            if (!STATUS.matcher(s).matches()) {
                throw AuditProblem.invalid("status", "must be an HTTP status code from 100 to 599");
            }
            code = Integer.valueOf(s);
        }
        String n = text("network", network, AuditEntry.MAX_NETWORK);
        if (n != null && !NETWORK.matcher(n).matches()) {
            throw AuditProblem.invalid("network", "must be a network code such as M50 or G40");
        }
        String r = text("requestId", requestId, 128);
        if (r != null && !REQUEST_ID.matcher(r).matches()) {
            throw AuditProblem.invalid("requestId", "must be a request id as the gateway answers it in X-Request-Id");
        }
        return new AuditFilter(start, end, n, text("client", client, AuditEntry.MAX_TEXT),
                text("user", user, AuditEntry.MAX_TEXT), m, code, r);
    }

    /** The same filter limited to one network (a board reads its own network only). */
    public AuditFilter inNetwork(String code) {
        return new AuditFilter(from, to, code, client, user, method, status, requestId);
    }

    private static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw AuditProblem.invalid(field, "must not be empty; leave it out to not filter by it");
        }
        if (value.length() > max) {
            throw AuditProblem.invalid(field, "must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw AuditProblem.invalid(field, "must not contain control characters");
        }
        return value;
    }

    private static Instant instant(String field, String value) {
        String text = text(field, value, 40);
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw AuditProblem.invalid(field, "must be a date and time with an offset, e.g. 2026-12-07T09:00:00+01:00");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw AuditProblem.invalid(field, "must lie between the years 2000 and 2200");
        }
        return instant;
    }
}
