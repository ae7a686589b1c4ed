package nl.municipalnetworks.gateway.audit;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Runs database work of its own (an audit insert after the answer has gone, a purge) on a new duplicated Vert.x
 * context, as Hibernate Reactive wants: its session lives there and is shared with nothing else, not with the request
 * whose answer is already complete, and not with the scheduler.
 */
@ApplicationScoped
class SafeContexts {

    private final Vertx vertx;

    SafeContexts(Vertx vertx) {
        this.vertx = vertx;
    }

    <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(v -> {
                Uni<T> uni;
                try {
                    uni = work.get();
                } catch (RuntimeException e) {
                    emitter.fail(e);
                    return;
                }
                uni.subscribe().with(emitter::complete, emitter::fail);
            });
        });
    }

    void later(long millis, Runnable task) {
        vertx.setTimer(millis, id -> task.run());
    }
}
