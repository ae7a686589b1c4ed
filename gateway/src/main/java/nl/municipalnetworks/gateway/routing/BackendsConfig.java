package nl.municipalnetworks.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The services behind the gateway, one entry per backend under {@code gateway.backends.<name>}. The name is what
 * the access log, the circuit breaker and the problem details call the backend.
 */
@ConfigMapping(prefix = "gateway")
public interface BackendsConfig {

    Map<String, BackendConfig> backends();

    interface BackendConfig {

        /** Where the service listens, e.g. {@code http://127.0.0.1:8081} (no path). */
        URI url();

        /** The gateway path that leads to this service, e.g. {@code /api/v1/members}. */
        @WithName("path-prefix")
        String pathPrefix();

        /** What the path prefix becomes at the service. */
        @WithName("service-prefix")
        @WithDefault("/v1")
        String servicePrefix();

        /** How long the service may take to start its answer once the request has reached it. */
        @WithDefault("10s")
        Duration timeout();

        BreakerConfig breaker();
    }

    /** SmallRye Fault Tolerance's circuit breaker: opens at failure-ratio over the last request-volume calls. */
    interface BreakerConfig {

        @WithName("request-volume")
        @WithDefault("10")
        int requestVolume();

        @WithName("failure-ratio")
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open; also what Retry-After says while the service is unavailable. */
        @WithDefault("10s")
        Duration delay();

        @WithName("success-threshold")
        @WithDefault("2")
        int successThreshold();
    }
}
