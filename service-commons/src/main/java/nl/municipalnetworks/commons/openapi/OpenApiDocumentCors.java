package nl.municipalnetworks.commons.openapi;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * NL GOV API Design Rules /core/publish-openapi: a browser on another domain (Swagger UI, ReDoc, the
 * developer portal) must be able to read the OpenAPI document. Only the document is opened to every
 * origin; the API itself keeps the default same-origin policy.
 */
@ApplicationScoped
public class OpenApiDocumentCors {

    void allowEveryOrigin(@Observes Router router) {
        router.routeWithRegex(HttpMethod.GET, "/v\\d+/openapi(\\.json|\\.yaml|\\.yml)?").order(-100).handler(context -> {
            context.response().putHeader("Access-Control-Allow-Origin", "*");
            context.next();
        });
    }
}
