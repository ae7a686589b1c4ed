package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns query parameters into typed values with a 400 that names the parameter. Resources take
 * query parameters as text for this reason: JAX-RS itself answers 404 when a query parameter cannot
 * be converted, which tells a client nothing.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        return value == null || value.isBlank() ? null
                : parse(parameter, value, text -> Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equalsIgnoreCase(text.strip())).findFirst(),
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    public static <E extends Enum<E>> List<E> enumValues(String parameter, List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().map(v -> enumValue(parameter, v, type)).toList();
    }

    public static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "'" + value + "' is not an id (UUID)");
        }
    }

    public static <T> T parse(String parameter, String value, Function<String, Optional<T>> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parser.apply(value).orElseThrow(() ->
                ProblemException.invalid(parameter, "'" + value + "' is not one of: " + expected));
    }
}
