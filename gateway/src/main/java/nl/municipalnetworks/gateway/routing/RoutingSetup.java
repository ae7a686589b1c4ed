package nl.municipalnetworks.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/** The route table from configuration, and the one HTTP client (connection pools) the proxy uses for every backend. */
public class RoutingSetup {

    @Produces
    @Singleton
    RouteTable routeTable(BackendsConfig config) {
        if (config.backends().isEmpty()) {
            throw new IllegalStateException("No backends configured (gateway.backends.<name>.url and .path-prefix)");
        }
        return new RouteTable(config.backends().entrySet().stream()
                .map(entry -> Backend.of(entry.getKey(), entry.getValue()))
                .collect(Collectors.toList()));
    }

    @Produces
    @Singleton
    @Proxied
    HttpClient proxyClient(Vertx vertx) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout(5_000)
                // The services speak HTTP/1.1; the proxy keeps the caller's Host out of the request (hop by hop).
                .setDecompressionSupported(false);
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(64));
    }

    void close(@Disposes @Proxied HttpClient client) {
        client.close();
    }
}
