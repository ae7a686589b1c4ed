package nl.municipalnetworks.commons.api;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds the HQL condition of a filtered list from optional filters: a filter whose value is null
 * (or blank text) is left out. Values always travel as named parameters, never inside the text.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is present. */
    public Where and(String condition, String name, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> values && values.isEmpty())) {
            return this;
        }
        conditions.add(condition);
        parameters.and(name, value);
        return this;
    }

    /** Adds a condition that always applies, with the values of its named parameters. */
    public Where always(String condition, Map<String, Object> values) {
        conditions.add(condition);
        values.forEach(parameters::and);
        return this;
    }

    /** Adds a case-insensitive "contains" match of {@code text} on {@code expression}. */
    public Where contains(String expression, String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return and("lower(" + expression + ") like :" + name, name, "%" + text.strip().toLowerCase() + "%");
    }

    public String condition() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
