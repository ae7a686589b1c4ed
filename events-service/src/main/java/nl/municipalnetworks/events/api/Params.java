package nl.municipalnetworks.events.api;

import nl.municipalnetworks.commons.api.NetworkCode;
import nl.municipalnetworks.commons.api.QueryValues;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.util.UUID;

/** Path and query values of this service's API, read strictly (a 400 naming the parameter otherwise). */
public final class Params {

    private Params() {
    }

    public static String network(String value) {
        return NetworkCode.parse("network", value);
    }

    public static String optionalNetwork(String value) {
        return value == null ? null : NetworkCode.parse("network", value);
    }

    public static UUID id(String name, String value) {
        return QueryValues.requiredUuid(name, value);
    }

    /** A calendar year: 2000 to 2100 (the years a meeting can be planned in). */
    public static Integer optionalYear(String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            throw ProblemException.invalid("year", "must be a year such as 2025");
        }
        return QueryValues.wholeNumber("year", value, Times.FIRST_YEAR, Times.LAST_YEAR, 0);
    }

    /** Optional free text of a query: at most {@code max} characters, no control characters. */
    public static String optionalText(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalid(name, "must be at most " + max + " characters");
        }
        String refusal = nl.municipalnetworks.commons.api.Text.refusal(value);
        if (refusal != null) {
            throw ProblemException.invalid(name, refusal);
        }
        return value.strip();
    }
}
