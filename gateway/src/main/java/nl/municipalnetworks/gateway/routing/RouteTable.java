package nl.municipalnetworks.gateway.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which service a gateway path belongs to, and the path the service gets: the backend's path prefix is replaced by
 * its service prefix, the rest of the path and the query stay byte for byte as the caller sent them
 * ({@code /api/v1/members/networks/M50/members?sort=name} -> member-service {@code /v1/networks/M50/members?sort=name}).
 *
 * <p>A prefix matches whole segments only ({@code /api/v1/members} does not match {@code /api/v1/membership}); the
 * longest prefix wins. A path with a dot segment ({@code .} or {@code ..}, also percent-encoded or with a
 * {@code ;} parameter) is refused: it could climb out of the service prefix at the service (to {@code /q/...}).
 */
public final class RouteTable {

    private final List<Backend> backends;

    public RouteTable(Collection<Backend> backends) {
        Set<String> prefixes = new HashSet<>();
        for (Backend backend : backends) {
            if (!prefixes.add(backend.pathPrefix())) {
                throw new IllegalArgumentException("Two backends share the path prefix " + backend.pathPrefix());
            }
        }
        List<Backend> sorted = new ArrayList<>(backends);
        sorted.sort(Comparator.comparingInt((Backend b) -> b.pathPrefix().length()).reversed());
        this.backends = List.copyOf(sorted);
    }

    public List<Backend> backends() {
        return backends;
    }

    /**
     * @param rawPath the request path as sent (still percent-encoded), without the query
     * @return the backend and the path at the service; empty when no backend serves the path
     * @throws UnsafePath when the path has a dot segment
     */
    public Optional<Target> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        if (hasDotSegment(rawPath)) {
            throw new UnsafePath(rawPath);
        }
        for (Backend backend : backends) {
            String prefix = backend.pathPrefix();
            if (rawPath.equals(prefix) || rawPath.startsWith(prefix) && rawPath.charAt(prefix.length()) == '/') {
                return Optional.of(new Target(backend, backend.servicePrefix() + rawPath.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = (parameters >= 0 ? segment.substring(0, parameters) : segment)
                    .toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Where a request goes: the backend and the path at the service (still percent-encoded). */
    public record Target(Backend backend, String servicePath) {

        /** The request target at the service: path plus the caller's query, unchanged. */
        public String uri(String rawQuery) {
            return rawQuery == null || rawQuery.isEmpty() ? servicePath : servicePath + "?" + rawQuery;
        }

        /**
         * A {@code Location} the service answered, as the caller must follow it: a URL or path of the service under
         * its prefix becomes the gateway path; anything else stays as it was.
         */
        public String gatewayLocation(String location) {
            if (location == null) {
                return null;
            }
            String base = backend.url().getScheme() + "://" + backend.url().getRawAuthority();
            String path = location.startsWith(base + "/") ? location.substring(base.length()) : location;
            String servicePrefix = backend.servicePrefix();
            if (path.equals(servicePrefix) || path.startsWith(servicePrefix + "/") || path.startsWith(servicePrefix + "?")) {
                return backend.pathPrefix() + path.substring(servicePrefix.length());
            }
            return location;
        }
    }

    /** A path that must not be forwarded (400). */
    public static final class UnsafePath extends RuntimeException {
        public UnsafePath(String path) {
            super("The path has a '.' or '..' segment");
        }
    }
}
