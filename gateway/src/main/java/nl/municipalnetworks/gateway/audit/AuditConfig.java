package nl.municipalnetworks.gateway.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** The audit trail ({@code gateway.audit.*}). */
@ConfigMapping(prefix = "gateway.audit")
public interface AuditConfig {

    /**
     * How long a record is kept. 400 days: a whole year of the networks' cycle (fees, annual accounts, the board's
     * yearly review) plus a month to look back at the same time last year; not longer, as the records name people.
     */
    @WithDefault("400d")
    Duration retention();

    /** How often the purge runs ({@link AuditPurge}; a duration such as {@code 1h} or {@code 15m}). */
    @WithName("purge-every")
    @WithDefault("1h")
    String purgeEvery();

    /** Rows deleted per transaction by the purge, so that a large backlog never holds one long lock. */
    @WithName("purge-batch-size")
    @WithDefault("1000")
    int purgeBatchSize();

    /** Further attempts to store a record after a failed insert (the database away for a moment), 1 s, 2 s, 4 s... apart. */
    @WithDefault("3")
    int retries();

    /**
     * Records waiting to be stored (in flight or between attempts) at most; beyond that a record is not stored but
     * logged in full (the database is away for long and memory must not grow with the traffic).
     */
    @WithName("max-pending")
    @WithDefault("10000")
    int maxPending();
}
