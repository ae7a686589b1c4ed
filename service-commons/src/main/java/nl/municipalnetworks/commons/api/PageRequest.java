package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

/** Validated paging parameters: page from 1, pageSize 1..100 (default 20). */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    /** From the query parameters {@code page} and {@code pageSize}, as text: absent means the default. */
    public static PageRequest of(String page, String pageSize) {
        int p = page == null || page.isBlank() ? 1 : wholeNumber("page", page);
        int size = pageSize == null || pageSize.isBlank() ? 20 : wholeNumber("pageSize", pageSize);
        if (p < 1) {
            throw ProblemException.invalid("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new PageRequest(p, size);
    }

    private static int wholeNumber(String parameter, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(parameter, "'" + value + "' is not a whole number");
        }
    }

    /** Zero-based index for Panache. */
    public int index() {
        return page - 1;
    }
}
