package nl.municipalnetworks.pillar.api;

import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.api.QueryValues;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path and query values of this service's API, read strictly (a 400 naming the parameter otherwise). */
public final class Params {

    private static final Pattern NETWORK = Pattern.compile("[A-Z0-9]{2,10}");

    private Params() {
    }

    public static String network(String value) {
        return QueryValues.matching("network", value, NETWORK, "must be a network code such as M50 or G40");
    }

    public static UUID id(String name, String value) {
        return QueryValues.requiredUuid(name, value);
    }

    /** An optional date parameter (YYYY-MM-DD within DateRange); null when absent. */
    public static LocalDate date(String name, String value) {
        return value == null ? null : QueryValues.parse(name, value, DateRange::parse, DateRange.EXPECTED);
    }
}
