package nl.municipalnetworks.commons.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.json.RefusedValue;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Why a JSON value was refused, said as what the field must be; never a Java type name. */
final class JsonReasons {

    private JsonReasons() {
    }

    static String reason(JsonMappingException e) {
        if (e instanceof RefusedValue refused) {
            return refused.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException) {
            return "must have a value";
        }
        // A domain type's own check (e.g. an unknown province) speaks the user's language already.
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException refusal
                && refusal.getMessage() != null) {
            return refusal.getMessage();
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null && e.getCause() instanceof InputCoercionException coercion) {
            target = coercion.getTargetType();
        }
        return target == null ? "is not valid here" : expected(target);
    }

    /** What a value of {@code type} must look like, in the user's words. */
    static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class
                || type == byte.class || type == Byte.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "must be text";
        }
        if (type == LocalDate.class) {
            return DateRange.EXPECTED;
        }
        if (type == LocalTime.class) {
            return "must be a time written as HH:MM";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time written as YYYY-MM-DDTHH:MM:SSZ";
        }
        if (type == UUID.class) {
            return "must be an id (UUID)";
        }
        if (type.isEnum()) {
            return "must be one of: " + enumValues(type);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "must be an object";
    }

    /** The constants as they are written in JSON: their {@code @JsonValue} when they have one. */
    private static String enumValues(Class<?> type) {
        Method jsonValue = Arrays.stream(type.getMethods())
                .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0)
                .findFirst().orElse(null);
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            try {
                return jsonValue == null ? ((Enum<?>) constant).name() : String.valueOf(jsonValue.invoke(constant));
            } catch (ReflectiveOperationException e) {
                return ((Enum<?>) constant).name();
            }
        }).collect(Collectors.joining(", "));
    }
}
