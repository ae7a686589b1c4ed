package nl.municipalnetworks.gateway.routing;

import java.net.URI;
import java.time.Duration;

/**
 * One service behind the gateway: requests under {@code pathPrefix} go to {@code url} with {@code pathPrefix}
 * replaced by {@code servicePrefix}.
 */
public record Backend(String name, URI url, String pathPrefix, String servicePrefix, Duration timeout,
                      Breaker breaker) {

    public record Breaker(int requestVolume, double failureRatio, Duration delay, int successThreshold) {
    }

    public Backend {
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("gateway.backends." + name + ".url must be an http(s) URL, not " + url);
        }
        if (url.getRawPath() != null && !url.getRawPath().isEmpty() && !"/".equals(url.getRawPath())) {
            throw new IllegalArgumentException("gateway.backends." + name + ".url must have no path: " + url);
        }
        pathPrefix = trimmedPrefix(name, "path-prefix", pathPrefix);
        servicePrefix = trimmedPrefix(name, "service-prefix", servicePrefix);
    }

    public boolean ssl() {
        return "https".equals(url.getScheme());
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : ssl() ? 443 : 80;
    }

    public String host() {
        return url.getHost();
    }

    static Backend of(String name, BackendsConfig.BackendConfig config) {
        BackendsConfig.BreakerConfig breaker = config.breaker();
        return new Backend(name, config.url(), config.pathPrefix(), config.servicePrefix(), config.timeout(),
                new Breaker(breaker.requestVolume(), breaker.failureRatio(), breaker.delay(), breaker.successThreshold()));
    }

    private static String trimmedPrefix(String name, String key, String prefix) {
        if (prefix == null || !prefix.startsWith("/")) {
            throw new IllegalArgumentException("gateway.backends." + name + "." + key + " must start with /: " + prefix);
        }
        return prefix.endsWith("/") && prefix.length() > 1 ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
