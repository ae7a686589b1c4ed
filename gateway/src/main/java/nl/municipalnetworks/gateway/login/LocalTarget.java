package nl.municipalnetworks.gateway.login;

import java.util.Optional;

/**
 * Where {@code /login?redirect=...} may send the browser after the login: a path of this gateway only, never another
 * site (an open redirect would let a link that starts at the gateway's login end on a look-alike page). Allowed: an
 * absolute path ({@code /me}, {@code /api/v1/members/networks/M50/members?sort=name}) of printable ASCII; refused:
 * URLs with a scheme or host, scheme-relative {@code //host} and {@code /\host} (browsers read both as another host),
 * control characters, and anything longer than 2000 characters.
 */
public final class LocalTarget {

    public static final String DEFAULT = "/me";
    static final int MAX_LENGTH = 2000;

    private LocalTarget() {
    }

    /** @return the target to redirect to ({@link #DEFAULT} when none was asked for), or empty when it is refused */
    public static Optional<String> of(String requested) {
        if (requested == null || requested.isEmpty()) {
            return Optional.of(DEFAULT);
        }
        if (requested.length() > MAX_LENGTH || !requested.startsWith("/") || requested.startsWith("//")
                || requested.startsWith("/\\")) {
            return Optional.empty();
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(requested);
    }
}
