package nl.municipalnetworks.commons.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox backlog on /q/metrics as {@code outbox_backlog_events}: how many recorded events have not
 * reached Kafka yet. Near zero in normal operation; a backlog that grows means the relay cannot publish
 * (Kafka down, a poisoned batch), which is what an ops alert should watch. The gauge shows the last count,
 * taken every {@code outbox.metrics-interval} (default 15 s): a scrape must not wait for the database.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final OutboxRepository repository;
    private final AtomicLong backlog = new AtomicLong();

    OutboxMetrics(OutboxRepository repository, MeterRegistry registry) {
        this.repository = repository;
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get)
                .description("Events recorded in the outbox and not yet published to Kafka (last count)")
                .baseUnit("events")
                .register(registry);
    }

    /** Counts the unpublished events now; the gauge shows this count until the next one. */
    @Scheduled(every = "${outbox.metrics-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> count() {
        return Panache.withSession(repository::countUnpublished)
                .invoke(backlog::set)
                .onFailure().invoke(failure -> LOG.debugf("Outbox backlog not counted: %s", failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
