package nl.municipalnetworks.finance.api;

import nl.municipalnetworks.commons.api.NetworkCode;
import nl.municipalnetworks.commons.api.QueryValues;

import java.util.UUID;

/** Path and query values of this service's API, read strictly (a 400 naming the parameter otherwise). */
public final class Params {

    private Params() {
    }

    public static String network(String value) {
        return NetworkCode.parse("network", value);
    }

    public static UUID id(String name, String value) {
        return QueryValues.requiredUuid(name, value);
    }

    public static UUID optionalId(String name, String value) {
        return value == null ? null : QueryValues.requiredUuid(name, value);
    }

    /** A calendar year for contributions: 1900 to 2199. */
    public static int year(String value) {
        if (value == null || value.isEmpty()) {
            throw nl.municipalnetworks.commons.problem.ProblemException.invalid("year", "is required: a year such as 2026");
        }
        return QueryValues.wholeNumber("year", value, 1900, 2199, 0);
    }

    /** An optional yes/no filter: {@code true} or {@code false}, nothing else. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw nl.municipalnetworks.commons.problem.ProblemException.invalid(name, "must be true or false");
        };
    }

    /** Optional text of at most {@code max} characters, without control characters. */
    public static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw nl.municipalnetworks.commons.problem.ProblemException.invalid(name, "must be at most " + max + " characters");
        }
        String refusal = nl.municipalnetworks.commons.api.Text.refusal(value);
        if (refusal != null) {
            throw nl.municipalnetworks.commons.problem.ProblemException.invalid(name, refusal);
        }
        return value.strip();
    }
}
