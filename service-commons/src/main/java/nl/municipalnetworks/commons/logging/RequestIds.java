package nl.municipalnetworks.commons.logging;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id ({@code X-Request-Id}) in every log line written while a request is handled, and on its answer.
 *
 * <p>The gateway sends each request on with its id; a caller's own id is kept when it is sane (1-128 characters of
 * letters, digits and {@code . _ : -}, starting with a letter or digit: UUIDs, ULIDs, trace ids; the gateway's
 * {@code web/RequestIds} has the same rule), anything else (a service called directly without one, or with header or
 * log injection) is replaced by a new random UUID. The id goes into the logging MDC as {@value #MDC_KEY}; Quarkus keeps
 * the MDC in the request's Vert.x duplicated context, so the authentication, the resource, the database calls and the
 * exception mappers of that request all log it, and no other request sees it. The console format
 * (service-commons' microprofile-config.properties) prints it.
 *
 * <p>A Vert.x route of its own, ordered before CORS (-300), authentication (-200) and {@code RequestGate}, so that their
 * log lines and answers carry the id too.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    static final int ORDER = -10_000;

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public static String keepOrCreate(String offered) {
        return isSane(offered) ? offered : UUID.randomUUID().toString();
    }

    static boolean isSane(String offered) {
        return offered != null && SANE.matcher(offered).matches();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::everyRequest);
    }

    static void everyRequest(RoutingContext context) {
        String requestId = keepOrCreate(context.request().getHeader(HEADER));
        MDC.put(MDC_KEY, requestId);
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, requestId));
        context.next();
    }
}
