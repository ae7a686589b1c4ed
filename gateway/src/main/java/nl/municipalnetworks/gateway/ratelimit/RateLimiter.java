package nl.municipalnetworks.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Bucket4j token buckets, one per caller ({@link ClientKey}), held in Caffeine by Bucket4j's proxy manager: a
 * bucket is dropped once it would be full again, and at most {@code max-callers} are kept.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final ProxyManager<String> buckets;

    RateLimiter(RateLimitConfig config) {
        this.config = config;
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(config.maxCallers()))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Takes one request from the caller's bucket. */
    public Decision tryTake(ClientKey caller) {
        RateLimitConfig.Limit limit = limitFor(caller);
        ConsumptionProbe probe = buckets.builder()
                .build(caller.bucket(), () -> configuration(limit))
                .tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    RateLimitConfig.Limit limitFor(ClientKey caller) {
        if (caller.anonymous()) {
            return config.anonymous();
        }
        RateLimitConfig.Limit own = config.clients().get(caller.clientId());
        return own != null ? own : config.defaultLimit();
    }

    private static BucketConfiguration configuration(RateLimitConfig.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    }

    /** @param retryAfter how long until the next request would be allowed (only meaningful when refused) */
    public record Decision(boolean allowed, long limit, long remaining, Duration retryAfter) {
    }
}
