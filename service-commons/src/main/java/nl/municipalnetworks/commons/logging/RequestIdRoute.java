package nl.municipalnetworks.commons.logging;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.web.requestid.RequestIds;
import org.jboss.logging.MDC;

/**
 * The request id ({@code X-Request-Id}) in every log line written while a request is handled, and on its answer.
 *
 * <p>The gateway sends each request on with its id; the id is kept or made by web-commons' {@link RequestIds} (the
 * gateway's rule too), so a service called directly without one, or with header or log injection, makes a new one.
 * The id goes into the logging MDC as {@value RequestIds#MDC_KEY}; Quarkus keeps the MDC in the request's Vert.x
 * duplicated context, so the authentication, the resource, the database calls and the exception mappers of that
 * request all log it, and no other request sees it. The console format (service-commons'
 * microprofile-config.properties) prints it.
 *
 * <p>A Vert.x route of its own, ordered before CORS (-300), authentication (-200) and {@code RequestGate}, so that their
 * log lines and answers carry the id too.
 */
@ApplicationScoped
public class RequestIdRoute {

    static final int ORDER = -10_000;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIdRoute::everyRequest);
    }

    static void everyRequest(RoutingContext context) {
        String requestId = RequestIds.keepOrCreate(context.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, requestId);
        context.addHeadersEndHandler(v -> context.response().headers().set(RequestIds.HEADER, requestId));
        context.next();
    }
}
