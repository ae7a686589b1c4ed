package nl.municipalnetworks.pillar.api;

import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.api.QueryValues;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path and query values of this service's API, read strictly (a 400 naming the parameter otherwise). */
public final class Params {

    /** A network code (M50, G40): the one pattern for path, query and body. */
    public static final String NETWORK_CODE = "[A-Z0-9]{2,10}";
    public static final String NETWORK_CODE_REASON = "must be a network code such as M50 or G40";

    /** The code of a pillar or theme within its network (a chair's pillar claim names it). */
    public static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String CODE_REASON = "must be lower-case words joined by hyphens, e.g. ruimte-en-economie";

    private static final Pattern NETWORK = Pattern.compile(NETWORK_CODE);

    private Params() {
    }

    public static String network(String value) {
        return QueryValues.matching("network", value, NETWORK, NETWORK_CODE_REASON);
    }

    public static UUID id(String name, String value) {
        return QueryValues.requiredUuid(name, value);
    }

    /** An optional date parameter (YYYY-MM-DD within DateRange); null when absent. */
    public static LocalDate date(String name, String value) {
        return value == null ? null : QueryValues.parse(name, value, DateRange::parse, DateRange.EXPECTED);
    }
}
