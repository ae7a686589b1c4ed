package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

/** Validated paging parameters: page from 1, pageSize 1..100 (default 20). */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(Integer page, Integer pageSize) {
        int p = page == null ? 1 : page;
        int size = pageSize == null ? 20 : pageSize;
        if (p < 1) {
            throw ProblemException.invalid("page", "must be 1 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("pageSize", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new PageRequest(p, size);
    }

    /** Zero-based index for Panache. */
    public int index() {
        return page - 1;
    }
}
