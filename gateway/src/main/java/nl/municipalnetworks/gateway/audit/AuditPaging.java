package nl.municipalnetworks.gateway.audit;

import java.util.regex.Pattern;

/** Paging as the services page: {@code page} from 1, {@code pageSize} 1..100 (default 20), plain whole numbers. */
public record AuditPaging(int page, int pageSize) {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    /** No client pages deeper than the first million records. */
    static final long MAX_ITEMS = 1_000_000;

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

    public static AuditPaging of(String page, String pageSize) {
        int size = number("pageSize", pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        int last = (int) (MAX_ITEMS / size + 1);
        return new AuditPaging(number("page", page, 1, last, 1), size);
    }

    private static int number(String field, String value, int min, int max, int absent) {
        if (value == null) {
            return absent;
        }
        if (!WHOLE.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw AuditProblem.invalid(field, "must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }
}
