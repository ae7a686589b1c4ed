package nl.municipalnetworks.gateway.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes what is older than the retention, every {@code gateway.audit.purge-every} (default hourly). */
@ApplicationScoped
public class AuditPurge {

    private final AuditService service;

    AuditPurge(AuditService service) {
        this.service = service;
    }

    @Scheduled(identity = "gateway-audit-purge", every = "${gateway.audit.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        return service.purge().replaceWithVoid();
    }
}
