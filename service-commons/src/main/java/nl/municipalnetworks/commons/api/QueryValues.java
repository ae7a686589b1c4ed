package nl.municipalnetworks.commons.api;

import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns query and path parameters into typed values with a 400 that names the parameter. Resources take
 * query parameters as text for this reason: JAX-RS itself answers 404 when a query parameter cannot
 * be converted, which tells a client nothing.
 */
public final class QueryValues {

    /** Plain ASCII digits, at most nine: no sign, fraction, exponent, spaces or other scripts, and always within an int. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern UUID_SHAPE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
        return requiredUuid(parameter, value.strip());
    }

    /**
     * A path parameter that must be an id, written in the usual 8-4-4-4-12 hexadecimal form: a 400
     * naming the parameter when it is not (JAX-RS converting it itself would answer 404).
     */
    public static UUID requiredUuid(String parameter, String value) {
        if (value == null || !UUID_SHAPE.matcher(value).matches()) {
            throw ProblemException.invalid(parameter, "must be an id (UUID), e.g. 3f2c8a1e-0b7d-4c55-9a6e-2d4f1b9c7e10");
        }
        return UUID.fromString(value);
    }

    /**
     * An optional whole number between {@code min} and {@code max} (both included, {@code min >= 0}), written
     * as plain digits: {@code absent} when not given (null or empty), else a 400 naming the parameter:
     * "must be a whole number between min and max". A fraction is refused rather than cut off, and so are
     * a sign, an exponent, spaces, other scripts' digits and numbers beyond an int.
     */
    public static int wholeNumber(String parameter, String value, int min, int max, int absent) {
        return wholeNumber(parameter, value, min, max, absent, "");
    }

    /** {@link #wholeNumber(String, String, int, int, int)} with {@code note} after the reason, e.g. why max is what it is. */
    public static int wholeNumber(String parameter, String value, int min, int max, int absent, String note) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw ProblemException.invalid(parameter, "must be a whole number between " + min + " and " + max + note);
    }

    /** A required value (typically a path parameter) that must match {@code pattern}; else a 400 with {@code reason}. */
    public static String matching(String parameter, String value, Pattern pattern, String reason) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw ProblemException.invalid(parameter, reason);
        }
        return value;
    }

    public static <T> T parse(String parameter, String value, Function<String, Optional<T>> parser, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parser.apply(value).orElseThrow(() ->
                ProblemException.invalid(parameter, "'" + value + "' is not one of: " + expected));
    }
}
