package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code sort=name,-since}: comma-separated API field names, a leading minus for descending.
 * Only the fields a resource allows may be used, each at most once; each maps to a column of the query.
 * Empty parts ({@code sort=,}) and a lone minus are refused.
 */
public final class SortOrder {

    private SortOrder() {
    }

    /** Returns an HQL order-by clause (without "order by"), or {@code fallback} when sort is empty. */
    public static String toOrderBy(String sort, Map<String, String> allowedFields, String fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        String allowed = "; allowed: " + String.join(", ", allowedFields.keySet().stream().sorted().toList());
        List<String> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String token : sort.split(",", -1)) {
            String field = token.strip();
            boolean descending = field.startsWith("-");
            if (descending) {
                field = field.substring(1);
            }
            if (field.isEmpty()) {
                throw ProblemException.invalid("sort",
                        "must be field names separated by commas, each with an optional leading minus" + allowed);
            }
            String column = allowedFields.get(field);
            if (column == null) {
                throw ProblemException.invalid("sort", "cannot sort on '" + field + "'" + allowed);
            }
            if (!seen.add(field)) {
                throw ProblemException.invalid("sort", "names '" + field + "' more than once" + allowed);
            }
            parts.add(column + (descending ? " desc" : " asc"));
        }
        return String.join(", ", parts) + ", " + fallback;
    }
}
