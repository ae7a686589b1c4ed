package nl.municipalnetworks.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that follows a request through the gateway to the service and back ({@code X-Request-Id}). A
 * caller's own id is kept when it is sane (1-128 characters of letters, digits and {@code . _ : -}, starting with a
 * letter or digit: UUIDs, ULIDs, trace ids), so that the caller can find its request in our logs; anything else
 * (empty, too long, spaces, control characters, header or log injection) is replaced by a new random UUID.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key of the logging MDC, the same as the services' (service-commons' {@code logging.RequestIds}). */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {
    }

    public static String keepOrCreate(String offered) {
        return isSane(offered) ? offered : UUID.randomUUID().toString();
    }

    static boolean isSane(String offered) {
        return offered != null && SANE.matcher(offered).matches();
    }
}
