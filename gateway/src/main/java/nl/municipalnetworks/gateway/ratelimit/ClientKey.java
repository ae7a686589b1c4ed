package nl.municipalnetworks.gateway.ratelimit;

/**
 * Who a request counts against. A caller with a token: its client ({@code azp}, the client id Keycloak issued the
 * token to), and within that client its subject ({@code sub}), so that one user of the shared web portal cannot use
 * up the portal's other users' requests; a client-credentials client has one subject (its service account), so it
 * has one bucket. The limit comes from the client id. A caller without a token: its remote address.
 *
 * @param clientId the client id the limit is looked up by; null for anonymous callers
 * @param bucket   the key of the bucket the request takes a token from
 */
public record ClientKey(String clientId, String bucket) {

    public static ClientKey of(String azp, String subject, String remoteAddress) {
        if (azp != null && !azp.isBlank()) {
            return new ClientKey(azp, "client:" + azp + "|" + (subject == null ? "" : subject));
        }
        return new ClientKey(null, "anonymous:" + (remoteAddress == null ? "unknown" : remoteAddress));
    }

    public boolean anonymous() {
        return clientId == null;
    }
}
