package nl.municipalnetworks.member.network;

import nl.municipalnetworks.commons.api.QueryValues;

import java.util.regex.Pattern;

/** A network code in a path ({@code /networks/{code}}): 2-20 letters or digits, e.g. M50. */
public final class NetworkCode {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9]{2,20}");

    private NetworkCode() {
    }

    /** The code, or a 400 naming {@code code} when it cannot be a network code (rather than a 404). */
    public static String fromPath(String code) {
        return QueryValues.matching("code", code, SHAPE, "must be a network code: 2-20 letters or digits, e.g. M50");
    }
}
