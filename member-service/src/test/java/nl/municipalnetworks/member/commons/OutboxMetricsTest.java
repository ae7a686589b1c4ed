package nl.municipalnetworks.member.commons;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import nl.municipalnetworks.commons.outbox.OutboxMetrics;
import nl.municipalnetworks.commons.outbox.OutboxRelay;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.RealServers;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The outbox backlog gauge on /q/metrics counts what waits, and falls back to zero once it is published. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class OutboxMetricsTest {

    private static final Pattern BACKLOG = Pattern.compile("^outbox_backlog_events(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);

    @Test
    void backlogGaugeShowsWhatWaitsForTheRelay() throws Throwable {
        String topic = "outbox-metrics-test";
        RealServers.createTopic(topic, 1);
        ServiceDatabase.awaitOutboxPublished();
        var config = ConfigProvider.getConfig();
        try (Connection relayBlocker = DriverManager.getConnection(RealServers.jdbcUrl("member"),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            // Holding the relay's drain lock is what another instance draining looks like: nothing is published.
            relayBlocker.setAutoCommit(false);
            try (PreparedStatement lock = relayBlocker.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.DRAIN_LOCK);
                lock.execute();
            }
            insertEvents(topic, 3);

            assertThat(countedBacklog()).isEqualTo(3.0);

            relayBlocker.commit(); // releases the lock; the relay's timer publishes the three
        }
        ServiceDatabase.awaitOutboxPublished();
        assertThat(countedBacklog()).isZero();
    }

    /** Takes a count now, then reads the gauge as Prometheus sees it. */
    private static double countedBacklog() throws Throwable {
        OutboxMetrics metrics = Arc.container().instance(OutboxMetrics.class).get();
        VertxContextSupport.subscribeAndAwait(metrics::count);
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = BACKLOG.matcher(scrape);
        assertThat(gauge.find()).as("outbox_backlog_events on /q/metrics").isTrue();
        return Double.parseDouble(gauge.group(1));
    }

    private static void insertEvents(String topic, int count) throws Throwable {
        String sql = "insert into outbox_event (id, topic, event_type, source, subject, payload, occurred_at)"
                + " select gen_random_uuid(), :topic, 'nl.municipalnetworks.test.metrics.v1', 'urn:test:metrics',"
                + " 'key-' || i, '{\"seq\":' || i || '}', now() from generate_series(1, cast(:count as integer)) as i";
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql)
                        .setParameter("topic", topic)
                        .setParameter("count", count)
                        .executeUpdate())));
    }
}
