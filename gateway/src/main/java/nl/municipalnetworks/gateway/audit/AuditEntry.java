package nl.municipalnetworks.gateway.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What the audit trail keeps of one write, taken from the exchange when its answer is complete.
 *
 * <p>Who: only claims of a token the gateway verified ({@code sub}, {@code preferred_username}, {@code azp},
 * {@code network}); a refused token (401) tells nothing that can be trusted, so such a write is recorded without
 * anyone. What: method and path as sent (still percent-encoded), without the query string: its values can hold
 * names and e-mail addresses (search terms, filters), and the services' writes take their input from the path and
 * the body, not the query. Never a token, cookie, header or body.
 */
public record AuditEntry(Instant occurredAt, String requestId, String method, String path, int status,
                         String subject, String username, String clientId, String network) {

    /** The methods that change something; only these are recorded. */
    public static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    static final int MAX_PATH = 2048;
    static final int MAX_TEXT = 255;
    static final int MAX_NETWORK = 20;

    public AuditEntry {
        method = method.toUpperCase(Locale.ROOT);
        path = cut(path == null || path.isEmpty() ? "/" : path, MAX_PATH);
        subject = cut(subject, MAX_TEXT);
        username = cut(username, MAX_TEXT);
        clientId = cut(clientId, MAX_TEXT);
        network = cut(network, MAX_NETWORK);
    }

    public static boolean isWrite(String method) {
        return method != null && WRITES.contains(method.toUpperCase(Locale.ROOT));
    }

    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
