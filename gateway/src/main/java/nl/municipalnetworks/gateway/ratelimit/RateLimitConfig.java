package nl.municipalnetworks.gateway.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;

/**
 * Request limits per caller ({@code gateway.rate-limit.*}): a bucket of {@code capacity} requests, refilled evenly
 * with {@code capacity} requests per {@code period}.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    /** Callers with a token, unless their client has its own entry under {@code clients}. */
    @WithName("default")
    Limit defaultLimit();

    /** Callers without a token, per remote address. */
    Limit anonymous();

    /** Per client id (the token's {@code azp}), e.g. {@code gateway.rate-limit.clients.vng-network-client.capacity}. */
    Map<String, Limit> clients();

    /** How many callers' buckets are kept at most (least recently used ones are dropped first). */
    @WithName("max-callers")
    @WithDefault("100000")
    long maxCallers();

    interface Limit {
        long capacity();

        Duration period();
    }
}
