package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.regex.Pattern;

/**
 * Validated paging parameters: page from 1, pageSize 1..100 (default 20), both written as plain
 * whole numbers. A page that starts beyond the first {@link #MAX_ITEMS} items is refused: no
 * client pages that deep, and the offset stays far from overflowing.
 */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final long MAX_ITEMS = 1_000_000;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    /** From the query parameters {@code page} and {@code pageSize}, as text: absent means the default. */
    public static PageRequest of(String page, String pageSize) {
        int size = pageSize == null || pageSize.isEmpty() ? 20 : wholeNumber("pageSize", pageSize,
                "must be a whole number between 1 and " + MAX_PAGE_SIZE);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        long lastPage = MAX_ITEMS / size + 1;
        String pageReason = "must be a whole number between 1 and " + lastPage + " (at page size " + size + ")";
        int p = page == null || page.isEmpty() ? 1 : wholeNumber("page", page, pageReason);
        if (p < 1 || (long) (p - 1) * size > MAX_ITEMS) {
            throw ProblemException.invalid("page", pageReason);
        }
        return new PageRequest(p, size);
    }

    private static int wholeNumber(String parameter, String value, String reason) {
        if (!DIGITS.matcher(value).matches()) {
            throw ProblemException.invalid(parameter, reason);
        }
        return Integer.parseInt(value);
    }

    /** Zero-based index for Panache. */
    public int index() {
        return page - 1;
    }
}
