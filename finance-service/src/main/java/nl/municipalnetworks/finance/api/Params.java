package nl.municipalnetworks.finance.api;

import nl.municipalnetworks.commons.api.QueryValues;

import java.util.UUID;
import java.util.regex.Pattern;

/** Path and query values of this service's API, read strictly (a 400 naming the parameter otherwise). */
public final class Params {

    /** A network code (M50, G40): the one pattern for path, query and body. */
    public static final String NETWORK_CODE = "[A-Z0-9]{2,10}";
    public static final String NETWORK_CODE_REASON = "must be a network code such as M50 or G40";

    private static final Pattern NETWORK = Pattern.compile(NETWORK_CODE);

    private Params() {
    }

    public static String network(String value) {
        if (value == null) {
            throw nl.municipalnetworks.commons.problem.ProblemException.invalid("network", "is required; " + NETWORK_CODE_REASON);
        }
        return QueryValues.matching("network", value, NETWORK, NETWORK_CODE_REASON);
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
}
