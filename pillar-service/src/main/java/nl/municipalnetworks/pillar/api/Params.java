package nl.municipalnetworks.pillar.api;

import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.api.NetworkCode;
import nl.municipalnetworks.commons.api.QueryValues;

import java.time.LocalDate;
import java.util.UUID;

/** Path and query values of this service's API, read strictly (a 400 naming the parameter otherwise). */
public final class Params {

    /** The code of a pillar or theme within its network (a chair's pillar claim names it). */
    public static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String CODE_REASON = "must be lower-case words joined by hyphens, e.g. ruimte-en-economie";

    private Params() {
    }

    public static String network(String value) {
        return NetworkCode.parse("network", value);
    }

    public static UUID id(String name, String value) {
        return QueryValues.requiredUuid(name, value);
    }

    /** An optional date parameter (YYYY-MM-DD within DateRange); null when absent. */
    public static LocalDate date(String name, String value) {
        return value == null ? null : QueryValues.parse(name, value, DateRange::parse, DateRange.EXPECTED);
    }
}
