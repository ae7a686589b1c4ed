package nl.municipalnetworks.commons.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** NL GOV API Design Rules: the full version of the API in every response. */
public class ApiVersionFilter {

    private final String version;

    ApiVersionFilter(@ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0.0") String version) {
        this.version = version;
    }

    @ServerResponseFilter
    public void addVersion(ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", version);
    }
}
