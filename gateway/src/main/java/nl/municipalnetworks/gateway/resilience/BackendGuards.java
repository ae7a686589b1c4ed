package nl.municipalnetworks.gateway.resilience;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Singleton;
import nl.municipalnetworks.gateway.routing.Backend;
import nl.municipalnetworks.gateway.routing.RouteTable;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One {@link BackendGuard} per backend: a failing service opens only its own breaker. A singleton, created when the
 * routes are registered, so that every breaker exists (for its state and for maintenance) before the first request.
 */
@Singleton
public class BackendGuards {

    private final Map<String, BackendGuard> guards;

    BackendGuards(RouteTable routes, CircuitBreakerMaintenance breakers) {
        this.guards = routes.backends().stream()
                .collect(Collectors.toUnmodifiableMap(Backend::name, backend -> new BackendGuard(backend, breakers)));
    }

    public BackendGuard of(Backend backend) {
        return guards.get(backend.name());
    }
}
