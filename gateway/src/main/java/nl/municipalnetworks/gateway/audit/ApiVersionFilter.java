package nl.municipalnetworks.gateway.audit;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * NL GOV API Design Rules ({@code /core/version-header}): the full version of the gateway's own API on every answer
 * of it, problems included, as the services do. The audit trail is the gateway's only JAX-RS resource; the proxied
 * answers carry the services' own header.
 */
public class ApiVersionFilter {

    /** The version of {@code openapi/gateway-v1.json} (AuditOpenApiDocumentTest holds the two together). */
    static final String API_VERSION = "1.0.0";

    @ServerResponseFilter
    public void addVersion(ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", API_VERSION);
    }
}
