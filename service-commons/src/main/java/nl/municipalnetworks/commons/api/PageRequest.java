package nl.municipalnetworks.commons.api;

/**
 * Validated paging parameters: page from 1, pageSize 1..100 (default 20), both written as plain
 * whole numbers ({@link QueryValues#wholeNumber}). A page that starts beyond the first {@link #MAX_ITEMS}
 * items is refused: no client pages that deep, and the offset stays far from overflowing.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final long MAX_ITEMS = 1_000_000;

    /** From the query parameters {@code page} and {@code pageSize}, as text: absent means the default. */
    public static PageRequest of(String page, String pageSize) {
        int size = QueryValues.wholeNumber("pageSize", pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        // The last page is the one that starts at item MAX_ITEMS at the latest.
        int lastPage = (int) (MAX_ITEMS / size + 1);
        int p = QueryValues.wholeNumber("page", page, 1, lastPage, 1, " (at page size " + size + ")");
        return new PageRequest(p, size);
    }

    /** Zero-based index for Panache. */
    public int index() {
        return page - 1;
    }
}
