package nl.municipalnetworks.commons.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Publishes outbox rows to Kafka in insertion order, as binary-mode CloudEvents keyed by subject,
 * and marks them published in the same transaction that locked them.
 *
 * <p><b>When.</b> A trigger on the outbox table sends a PostgreSQL NOTIFY, which the database
 * delivers only when the writing transaction commits; the relay LISTENs and drains at once. A timer
 * ({@code outbox.relay-interval}, default 2 s) is the safety net for a lost connection or a failed run.
 * Signals are coalesced: one drain runs at a time in this instance, and it runs once more if it
 * was signalled meanwhile.
 *
 * <p><b>How fast.</b> A drain takes batches of {@code outbox.relay.batch-size} rows (default 1000)
 * in {@code position} order, hands the whole batch to the Kafka producer without waiting for each
 * acknowledgement (the idempotent producer keeps the send order within a partition), waits for all
 * acknowledgements, marks the batch with one UPDATE, commits, and takes the next batch until the
 * outbox is empty.
 *
 * <p><b>Several instances.</b> Each batch transaction first takes a transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}); an instance that does not get it leaves the drain to the one
 * that has it (which is signalled too). So one instance publishes at a time, in position order, and
 * no event is published twice in normal operation. The row locks ({@code for update skip locked}) are
 * held until the mark commits. Delivery is at least once: if the service dies after Kafka
 * acknowledged but before the mark commits, the batch is sent again, which consumers absorb through
 * their processed-event log.
 *
 * <p><b>Tracing.</b> A row carries the W3C trace context of the transaction that recorded it; its
 * record carries that context in its {@code traceparent} header, so a consumer's span joins the request
 * that caused the event.
 *
 * <p><b>Stopping.</b> On shutdown no new drain or batch starts, the running batch is awaited (Kafka
 * and the database are still open then), and a failure while stopping is logged at debug only.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The NOTIFY channel of the trigger in db/commons/R__outbox_notify.sql. */
    static final String CHANNEL = "outbox_event";
    /** Key of the advisory lock that lets one instance at a time drain this database's outbox ("outbox"). */
    public static final long DRAIN_LOCK = 0x6f7574626f78L;

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final MutinyEmitter<String> kafka;
    private final Vertx vertx;
    private final int batchSize;
    private final boolean listen;

    /** A drain is running in this instance. */
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Something may have been committed since the running drain started. */
    private final AtomicBoolean signalled = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile CompletableFuture<Void> currentDrain = CompletableFuture.completedFuture(null);
    private volatile Context rootContext;
    private volatile PgSubscriber subscriber;

    OutboxRelay(OutboxRepository repository,
                @Channel("outbox") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) MutinyEmitter<String> kafka,
                Vertx vertx,
                @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "1000") int batchSize,
                @ConfigProperty(name = "outbox.relay.listen", defaultValue = "true") boolean listen) {
        // The buffer holds at most one batch: a drain waits for the batch's acknowledgements before the next.
        this.repository = repository;
        this.kafka = kafka;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.listen = listen;
    }

    /**
     * Keeps the timer from creating the relay before Reactive Messaging has connected its emitter
     * (which happens in an earlier StartupEvent observer than {@link #start}).
     */
    @Singleton
    public static class UntilStarted implements Scheduled.SkipPredicate {
        static volatile boolean started;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !started;
        }
    }

    void start(@Observes StartupEvent event) {
        rootContext = vertx.getOrCreateContext();
        UntilStarted.started = true;
        Optional<PgConnectOptions> options = listen ? connectOptions() : Optional.empty();
        if (options.isEmpty()) {
            LOG.infof("Outbox relay runs on its timer only (no LISTEN on %s)", CHANNEL);
            wake();
            return;
        }
        PgSubscriber pg = PgSubscriber.subscriber(vertx, options.get())
                // Reconnect for as long as the service runs; the timer covers the gap.
                .reconnectPolicy(attempts -> stopping ? -1L : 1000L);
        // Subscribed (again, after a reconnect): publish what was committed while nobody listened.
        pg.channel(CHANNEL).subscribeHandler(ignored -> wake()).handler(payload -> wake());
        subscriber = pg;
        pg.connect().onFailure(failure -> LOG.warnf(
                "Outbox relay cannot LISTEN yet (%s); it retries and publishes on its timer meanwhile", failure.toString()));
    }

    /**
     * Before the default observers, and so before Kafka and the datasource close: no new drain
     * starts, and the running one may finish its batch.
     */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        PgSubscriber pg = subscriber;
        if (pg != null) {
            pg.close();
        }
        try {
            currentDrain.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debugf("Outbox relay still busy while stopping: %s", e.toString());
        }
    }

    /** The safety net: publishes what a lost signal or a failed run left behind. */
    @Scheduled(every = "${outbox.relay-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilStarted.class)
    void onTimer() {
        wake();
    }

    /** Asks for a drain: starts one, or makes the running one run once more. Never blocks. */
    public void wake() {
        signalled.set(true);
        if (!stopping && rootContext != null && draining.compareAndSet(false, true)) {
            startDrain();
        }
    }

    private void startDrain() {
        signalled.set(false);
        CompletableFuture<Void> done = new CompletableFuture<>();
        currentDrain = done;
        // A fresh, safe duplicated context per drain: Hibernate Reactive keeps its session there.
        Context context = VertxContext.createNewDuplicatedContext(rootContext);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> drainUntilEmpty().subscribe().with(
                published -> finished(done),
                failure -> {
                    if (stopping) {
                        LOG.debugf("Outbox relay interrupted by shutdown: %s", failure.toString());
                    } else {
                        // The rows stay unpublished; the next signal or the timer tries again.
                        LOG.warnf("Outbox relay failed, retrying on the next signal or tick: %s", failure.toString());
                    }
                    finished(done);
                }));
    }

    private void finished(CompletableFuture<Void> done) {
        draining.set(false);
        done.complete(null);
        if (signalled.get()) {
            wake();
        }
    }

    /** Batches until one comes back less than full (or the service stops); the number published. */
    private Uni<Integer> drainUntilEmpty() {
        return Uni.createFrom().deferred(this::publishBatch)
                .repeat().whilst(published -> published == batchSize && !stopping)
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /** One transaction: the drain lock, the next batch (row-locked), all sends, one UPDATE. */
    private Uni<Integer> publishBatch() {
        if (stopping) {
            return Uni.createFrom().item(0);
        }
        return Panache.withTransaction(() -> repository.tryLockDrain(DRAIN_LOCK).flatMap(mine -> {
            if (!mine) {
                // Another instance drains; it was signalled too.
                return Uni.createFrom().item(0);
            }
            return repository.lockNextBatch(batchSize).flatMap(batch -> batch.isEmpty()
                    ? Uni.createFrom().item(0)
                    : sendAll(batch)
                            .flatMap(ignored -> repository.markPublished(batch.stream().map(e -> e.id).toList(), OffsetDateTime.now()))
                            .replaceWith(batch.size()));
        }));
    }

    /**
     * Hands every record of the batch to the producer in position order and completes when Kafka
     * acknowledged them all. Fails (after every send settled) if any send failed: then nothing of the
     * batch is marked and it is sent again.
     */
    private Uni<Void> sendAll(List<OutboxEvent> batch) {
        Context context = Vertx.currentContext();
        // Kafka acknowledges on its own thread; the session must be used on the context it was opened on.
        Executor backOnContext = task -> context.runOnContext(ignored -> task.run());
        // Uni.join subscribes in list order, so the emitter receives the records in position order.
        List<Uni<Void>> sends = batch.stream().map(event -> kafka.sendMessage(toMessage(event))).toList();
        return Uni.join().all(sends).andCollectFailures()
                .emitOn(backOnContext)
                .replaceWithVoid();
    }

    /** Published rows are kept a week for inspection and replay, then removed. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> removePublished() {
        if (stopping) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> repository.deletePublishedBefore(OffsetDateTime.now().minusDays(7)))
                .onItem().invoke(removed -> LOG.debugf("Removed %d published outbox rows", removed))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The reactive datasource's address and credentials, for the LISTEN connection. */
    private static Optional<PgConnectOptions> connectOptions() {
        var config = ConfigProvider.getConfig();
        Optional<String> url = config.getOptionalValue("quarkus.datasource.reactive.url", String.class);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String first = url.get().split(",")[0].trim().replaceFirst("^vertx-reactive:", "");
        if (!first.startsWith("postgres")) {
            return Optional.empty();
        }
        PgConnectOptions options = PgConnectOptions.fromUri(first);
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        return Optional.of(options);
    }

    private static Message<String> toMessage(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> kafkaRecord = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.subject)
                .withHeaders(traceHeaders(event))
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id.toString())
                .withType(event.eventType)
                .withSource(URI.create(event.source))
                .withSubject(event.subject)
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        return Message.of(event.payload, Metadata.of(kafkaRecord, cloudEvent));
    }

    /**
     * The W3C trace context the row was recorded in, as record headers, so that a consumer's span continues
     * the request that caused the event. Written here rather than by the connector's tracing, which would open
     * a producer span per record: that cost a 50,000-event drain 40 % of its rate (bench/outbox-relay.sh).
     */
    private static RecordHeaders traceHeaders(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        if (event.traceparent != null) {
            headers.add(TraceContext.TRACEPARENT, event.traceparent.getBytes(StandardCharsets.UTF_8));
            if (event.tracestate != null) {
                headers.add(TraceContext.TRACESTATE, event.tracestate.getBytes(StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
