package nl.municipalnetworks.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores audit entries after the answer has gone: the caller never waits for the database and never gets an error
 * from it. A failed insert is tried again {@code gateway.audit.retries} times (1 s, 2 s, 4 s... apart, covering a
 * database restart or a fail-over); a record that still cannot be stored, or that finds {@code max-pending} records
 * waiting already, is logged in full at ERROR (with its request id: the log is then the trail) and counted in
 * {@code gateway_audit_records_total{outcome="lost"}}.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final AuditRepository repository;
    private final SafeContexts contexts;
    private final AuditConfig config;
    private final AtomicInteger pending = new AtomicInteger();
    private final Counter stored;
    private final Counter retried;
    private final Counter lost;

    AuditTrail(AuditRepository repository, SafeContexts contexts, AuditConfig config, MeterRegistry registry) {
        this.repository = repository;
        this.contexts = contexts;
        this.config = config;
        this.stored = registry.counter("gateway.audit.records", "outcome", "stored");
        this.retried = registry.counter("gateway.audit.records", "outcome", "retried");
        this.lost = registry.counter("gateway.audit.records", "outcome", "lost");
        registry.gauge("gateway.audit.pending", pending);
    }

    /** Hands an entry over for storing; returns at once. */
    public void record(AuditEntry entry) {
        if (pending.incrementAndGet() > config.maxPending()) {
            pending.decrementAndGet();
            lose(entry, "too many records are waiting for the database (" + config.maxPending() + ")");
            return;
        }
        attempt(entry, 0);
    }

    /** Records handed over and not yet stored or given up. */
    public int pending() {
        return pending.get();
    }

    private void attempt(AuditEntry entry, int attempt) {
        contexts.run(() -> Panache.withTransaction(() -> repository.persist(AuditRecord.of(entry))))
                .subscribe().with(done -> {
                    pending.decrementAndGet();
                    stored.increment();
                }, failure -> {
                    if (attempt < config.retries()) {
                        retried.increment();
                        long wait = 1000L << Math.min(attempt, 6);
                        LOG.warnf("Audit record of request %s not stored yet (%s); trying again in %d ms",
                                entry.requestId(), failure.toString(), wait);
                        contexts.later(wait, () -> attempt(entry, attempt + 1));
                    } else {
                        pending.decrementAndGet();
                        lose(entry, failure.toString());
                    }
                });
    }

    private void lose(AuditEntry entry, String why) {
        lost.increment();
        LOG.errorf("Audit record of request %s NOT STORED (%s): %s", entry.requestId(), why, entry);
    }
}
