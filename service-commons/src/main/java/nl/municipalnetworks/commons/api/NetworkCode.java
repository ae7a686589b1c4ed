package nl.municipalnetworks.commons.api;

import java.util.regex.Pattern;

/**
 * A network's code (M50, G40), the one rule for every service: member-service registers networks with it,
 * and the others read it in paths, query parameters and bodies and keep it in columns of ten characters.
 */
public final class NetworkCode {

    public static final String PATTERN = "[A-Z0-9]{2,10}";
    public static final String REASON = "must be a network code: 2-10 capitals or digits, e.g. M50";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private NetworkCode() {
    }

    /** The code, or a 400 naming {@code parameter} (rather than a 404 for a code that cannot exist). */
    public static String parse(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            throw nl.municipalnetworks.commons.problem.ProblemException.invalid(parameter, "is required; " + REASON);
        }
        return QueryValues.matching(parameter, value, SHAPE, REASON);
    }
}
