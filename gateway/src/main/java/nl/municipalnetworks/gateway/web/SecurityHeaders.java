package nl.municipalnetworks.gateway.web;

import io.vertx.core.MultiMap;

/**
 * Headers every answer of the gateway carries, the services' answers included: no MIME sniffing, no framing, no
 * referrer leaving the site, and HSTS only when the request came over TLS (an HSTS header on plain HTTP is ignored
 * by browsers and would pin a local http:// origin to https:// for those that don't).
 */
public final class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /** @param scheme the scheme the request came with ({@code https} when TLS ended at the gateway or at a trusted proxy) */
    public static void apply(MultiMap headers, String scheme) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if ("https".equalsIgnoreCase(scheme)) {
            headers.set("Strict-Transport-Security", HSTS);
        } else {
            headers.remove("Strict-Transport-Security");
        }
    }
}
