package nl.municipalnetworks.gateway.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/** Reading the audit trail, and keeping it no longer than {@code gateway.audit.retention}. */
@ApplicationScoped
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class);

    private final AuditRepository repository;
    private final AuditConfig config;
    private final SafeContexts contexts;
    private final Clock clock = Clock.systemUTC();

    AuditService(AuditRepository repository, AuditConfig config, SafeContexts contexts) {
        this.repository = repository;
        this.config = config;
        this.contexts = contexts;
    }

    @WithSession
    public Uni<AuditDtos.AuditRecordPage> find(AuditFilter filter, AuditPaging paging) {
        return repository.count(filter).flatMap(total -> repository.find(filter, paging.page() - 1, paging.pageSize())
                .map(records -> new AuditDtos.AuditRecordPage(
                        records.stream().map(AuditDtos.AuditRecordView::of).toList(), paging.page(), paging.pageSize(),
                        total, (int) ((total + paging.pageSize() - 1) / paging.pageSize()))));
    }

    /** Deletes the records older than the retention; returns how many. */
    public Uni<Long> purge() {
        return purgeBefore(clock.instant().minus(config.retention()));
    }

    /** Deletes the records from before {@code cutoff}, one batch per transaction; returns how many. */
    public Uni<Long> purgeBefore(Instant cutoff) {
        return contexts.run(() -> purgeBatches(cutoff, 0L))
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Audit trail: %d records from before %s deleted (retention %s)", deleted, cutoff,
                                config.retention());
                    }
                });
    }

    private Uni<Long> purgeBatches(Instant cutoff, long deletedSoFar) {
        int batch = config.purgeBatchSize();
        return Panache.withTransaction(() -> repository.deleteBatchBefore(cutoff, batch))
                .flatMap(deleted -> deleted < batch ? Uni.createFrom().item(deletedSoFar + deleted)
                        : purgeBatches(cutoff, deletedSoFar + deleted));
    }
}
