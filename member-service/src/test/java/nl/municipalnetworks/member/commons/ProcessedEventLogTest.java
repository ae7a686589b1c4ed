package nl.municipalnetworks.member.commons;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import nl.municipalnetworks.commons.inbox.ProcessedEventLog;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The idempotent-consumer log of service-commons, against member-service's real database. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class ProcessedEventLogTest {

    @Inject
    ProcessedEventLog log;

    @Test
    void aRedeliveredEventHasItsEffectOnce() throws Throwable {
        UUID eventId = UUID.randomUUID();
        AtomicInteger effects = new AtomicInteger();
        for (int delivery = 0; delivery < 3; delivery++) {
            VertxContextSupport.subscribeAndAwait(() -> log.applyOnce(eventId, "test-consumer", () -> {
                effects.incrementAndGet();
                return Uni.createFrom().voidItem();
            }));
        }
        assertThat(effects).hasValue(1);

        // Another consumer of the same event applies it for itself.
        VertxContextSupport.subscribeAndAwait(() -> log.applyOnce(eventId, "other-consumer", () -> {
            effects.incrementAndGet();
            return Uni.createFrom().voidItem();
        }));
        assertThat(effects).hasValue(2);
    }

    @Test
    void aFailedEffectIsNotRecordedSoTheRetryRunsIt() throws Throwable {
        UUID eventId = UUID.randomUUID();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> log.applyOnce(eventId, "test-consumer",
                () -> Uni.createFrom().failure(new IllegalStateException("downstream failed")))))
                .hasMessageContaining("downstream failed");

        AtomicInteger effects = new AtomicInteger();
        VertxContextSupport.subscribeAndAwait(() -> log.applyOnce(eventId, "test-consumer", () -> {
            effects.incrementAndGet();
            return Uni.createFrom().voidItem();
        }));
        assertThat(effects).hasValue(1);
    }
}
