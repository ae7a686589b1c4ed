package nl.municipalnetworks.web.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that follows a request through the gateway to the service and back ({@code X-Request-Id}): the one
 * rule, for the gateway ({@code web/WebHygiene}) and the services (service-commons' {@code logging/RequestIdRoute}).
 *
 * <p>A caller's own id is kept when it is sane (1-128 characters of letters, digits and {@code . _ : -}, starting with
 * a letter or digit: UUIDs, ULIDs, trace ids), so that the caller can find its request in our logs; anything else
 * (empty, too long, spaces, control characters, header or log injection) is replaced by a new random UUID. The
 * adapters put the id into the logging MDC as {@value #MDC_KEY} (which the log formats print) and answer with it.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key of the logging MDC, the same in the gateway's log and the services'. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {
    }

    /** The offered id when it is sane, else a new random UUID. */
    public static String keepOrCreate(String offered) {
        return isSane(offered) ? offered : UUID.randomUUID().toString();
    }

    static boolean isSane(String offered) {
        return offered != null && SANE.matcher(offered).matches();
    }
}
