package nl.municipalnetworks.commons.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.commons.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The first look at every request, before any resource: a body larger than
 * {@code commons.http.max-body-size} (413; by default {@code quarkus.http.limits.max-body-size}), a URI longer
 * than {@code commons.http.max-uri-length} (414) and a URI with bytes that are not text (400) are answered with
 * problem details. Vert.x would answer the first two with an empty body, and odd bytes would otherwise reach the
 * database. Vert.x's own line limit ({@code quarkus.http.limits.max-initial-line-length}) is set far above
 * ours, so its bare 414 is only met by absurd URIs.
 *
 * <p>A route that takes larger bodies (a file upload) has a handler of its own in the service, ordered before
 * this gate ({@link #BEFORE_GATE}), that checks its body's size and marks the request {@link #BODY_CHECKED};
 * the gate then leaves the body alone. Quarkus's own {@code quarkus.http.limits.max-body-size} must be at least
 * that route's limit; {@code commons.http.max-body-size} keeps every other route's.
 */
@ApplicationScoped
public class RequestGate {

    /** The order of a service's own handler that must see a request before this gate. */
    public static final int BEFORE_GATE = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2;
    /** Put on the routing context (any value) by such a handler that has checked the body's size itself. */
    public static final String BODY_CHECKED = "commons.http.body-checked";

    private final long maxBodySize;
    private final int maxUriLength;
    private final String apiVersion;
    private final BodyHandler chunkedBody;

    RequestGate(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> quarkusMaxBodySize,
                @ConfigProperty(name = "commons.http.max-body-size") Optional<MemorySize> maxBodySize,
                @ConfigProperty(name = "commons.http.max-uri-length", defaultValue = "8192") int maxUriLength,
                @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0.0") String apiVersion) {
        this.maxBodySize = maxBodySize.or(() -> quarkusMaxBodySize).map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxUriLength = maxUriLength;
        this.apiVersion = apiVersion;
        this.chunkedBody = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            refuse(context, 414, "URI too long", "uri", "is longer than " + maxUriLength + " characters", false);
            return;
        }
        UriCheck.Refusal refusal = UriCheck.check(uri);
        if (refusal != null) {
            refuse(context, 400, "Invalid input", refusal.parameter(), refusal.reason(), false);
            return;
        }
        if (context.get(BODY_CHECKED) != null) {
            context.next();
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                refuse(context, 400, "Invalid input", "Content-Length", "must be a whole number of bytes", true);
                return;
            }
            if (bytes > maxBodySize) {
                refuse(context, 413, "Request body too large", "body",
                        "is larger than " + maxBodySize + " bytes", true);
                return;
            }
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A chunked body has no length up front. Quarkus REST would answer 413 without a body when
            // it grows past the limit; read it here instead (Quarkus REST takes a body already read)
            // and let the failure handler below answer the 413.
            chunkedBody.handle(context);
            return;
        }
        context.next();
    }

    /** Limits met while reading (a chunked body that grows past the limit), or enforced by Vert.x itself. */
    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || (status != 413 && status != 414 && status != 431)) {
            context.next();
            return;
        }
        switch (status) {
            case 413 -> refuse(context, 413, "Request body too large", "body",
                    "is larger than " + maxBodySize + " bytes", true);
            case 414 -> refuse(context, 414, "URI too long", "uri", "is too long", true);
            default -> refuse(context, 431, "Request headers too large", "headers", "are too large", true);
        }
    }

    /**
     * Answers with problem details naming {@code parameter}; {@code closeAfter}: the body the client still sends is
     * not read, so the connection ends after the answer.
     */
    public void refuse(RoutingContext context, int status, String title, String parameter, String reason,
                       boolean closeAfter) {
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", parameter + ": " + reason)
                .put("invalidParams", new JsonArray().add(new JsonObject().put("name", parameter).put("reason", reason)));
        HttpServerRequest request = context.request();
        var response = context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("API-Version", apiVersion);
        if (closeAfter && request.version() != HttpVersion.HTTP_2) {
            // The body the client still sends is not read: end the connection after answering.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> request.connection().close());
        }
        response.end(problem.encode());
    }
}
