package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code sort=name,-since}: comma-separated API field names, a leading minus for descending.
 * Only the fields a resource allows may be used; each maps to a column of the query.
 */
public final class SortOrder {

    private SortOrder() {
    }

    /** Returns an HQL order-by clause (without "order by"), or {@code fallback} when sort is empty. */
    public static String toOrderBy(String sort, Map<String, String> allowedFields, String fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        List<String> parts = new ArrayList<>();
        for (String token : sort.split(",")) {
            String field = token.strip();
            boolean descending = field.startsWith("-");
            if (descending) {
                field = field.substring(1);
            }
            String column = allowedFields.get(field);
            if (column == null) {
                throw ProblemException.invalid("sort",
                        "cannot sort on '" + field + "'; allowed: " + String.join(", ", allowedFields.keySet()));
            }
            parts.add(column + (descending ? " desc" : " asc"));
        }
        return String.join(", ", parts) + ", " + fallback;
    }
}
