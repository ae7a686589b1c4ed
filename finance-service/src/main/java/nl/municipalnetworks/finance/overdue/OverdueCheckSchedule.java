package nl.municipalnetworks.finance.overdue;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletableFuture;

/**
 * Runs the {@link OverdueCheck} on the cron of {@code finance.overdue-check.cron} (Europe/Amsterdam; daily early in
 * the morning; {@code off} in tests, which call {@link #runNow()} themselves). The check runs on a fresh Vert.x
 * context of its own, where Hibernate Reactive keeps its session, as the outbox relay does.
 */
@ApplicationScoped
public class OverdueCheckSchedule {

    private static final Logger LOG = Logger.getLogger(OverdueCheckSchedule.class);

    private final OverdueCheck check;
    private final Vertx vertx;

    OverdueCheckSchedule(OverdueCheck check, Vertx vertx) {
        this.check = check;
        this.vertx = vertx;
    }

    @Scheduled(identity = "overdue-check", cron = "${finance.overdue-check.cron}", timeZone = "Europe/Amsterdam",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int marked = runNow().join();
        LOG.infof("Overdue check: %d invoice(s) became overdue", marked);
    }

    /** Runs the check once, now; completes with the number of invoices that became overdue. */
    public CompletableFuture<Integer> runNow() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> check.markOverdue().subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }
}
