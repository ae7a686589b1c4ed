package nl.municipalnetworks.commons.api;

import java.util.List;
import java.util.function.Function;

/** One page of a collection. Pages are numbered from 1. */
public record Page<T>(List<T> items, int page, int pageSize, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.pageSize() - 1) / request.pageSize());
        return new Page<>(items, request.page(), request.pageSize(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return withItems(items.stream().map(mapper).toList());
    }

    /** The same page with other items in their place, e.g. the views of these items, made by a query of their own. */
    public <R> Page<R> withItems(List<R> others) {
        return new Page<>(others, page, pageSize, totalItems, totalPages);
    }
}
