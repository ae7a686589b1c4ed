package nl.municipalnetworks.events.document;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.municipalnetworks.commons.http.RequestGate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The size of a document upload, looked at before its body is read. An upload states its length
 * ({@code Content-Length}; a chunked upload without one is refused with 411), and one longer than the document
 * limit plus the form's allowance ({@link DocumentLimits}) is refused at once with 413 naming the limit, before a
 * byte of it is read. What passes is streamed by Quarkus REST's multipart parser to a temporary file (not memory)
 * and checked exactly by {@link DocumentService}. Every other route keeps service-commons' smaller limit
 * ({@code commons.http.max-body-size}, {@link RequestGate}), which this gate leaves to it.
 */
@ApplicationScoped
public class UploadGate {

    /** POST /v1/events/{id}/documents and POST /v1/events/{id}/documents/{documentId}/versions. */
    static final Pattern UPLOAD_PATH = Pattern.compile("^/v1/events/[^/]+/documents(/[^/]+/versions)?$");

    private final DocumentLimits limits;
    private final RequestGate gate;
    private final long quarkusLimit;

    UploadGate(DocumentLimits limits, RequestGate gate,
               @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> quarkusLimit) {
        this.limits = limits;
        this.gate = gate;
        this.quarkusLimit = quarkusLimit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    /** Fails the start when Quarkus itself would refuse an upload that the document limit allows. */
    void check(@Observes StartupEvent started) {
        if (quarkusLimit < limits.maxRequestSize()) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + quarkusLimit + " bytes) must be at least "
                    + "documents.max-size plus " + DocumentLimits.FORM_ALLOWANCE + " bytes for the form (" + limits.maxRequestSize()
                    + " bytes)");
        }
    }

    void install(@Observes Router router) {
        router.route().order(RequestGate.BEFORE_GATE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST || !UPLOAD_PATH.matcher(context.request().path()).matches()) {
            context.next();
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                gate.refuse(context, 411, "Length required", "Content-Length",
                        "is required for an upload, so that one larger than " + DocumentLimits.describe(limits.maxSize().asLongValue())
                                + " is refused before it is sent", true);
                return;
            }
        } else {
            long bytes;
            try {
                bytes = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                gate.refuse(context, 400, "Invalid input", "Content-Length", "must be a whole number of bytes", true);
                return;
            }
            if (bytes > limits.maxRequestSize()) {
                gate.refuse(context, 413, DocumentTooLarge.TITLE, "file",
                        "makes an upload of " + DocumentLimits.describe(bytes) + "; a document may be at most "
                                + DocumentLimits.describe(limits.maxSize().asLongValue()), true);
                return;
            }
        }
        context.put(RequestGate.BODY_CHECKED, Boolean.TRUE);
        context.next();
    }
}
