package nl.municipalnetworks.testsupport;

import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The service's own database, read from a @QuarkusTest through the service's reactive pool: above all,
 * whether a request wrote anything. PostgreSQL hands out a transaction id only to a transaction that writes, so an
 * unchanged next id means nothing was written; when it moved (autovacuum's ANALYZE also takes one), the
 * rows whose version a transaction in that range wrote are counted.
 */
public final class ServiceDatabase {

    private ServiceDatabase() {
    }

    /** The transaction id PostgreSQL hands out next. */
    public static long nextTransactionId() {
        return Long.parseLong(single("select cast(pg_snapshot_xmax(pg_current_snapshot()) as text)").getString(0));
    }

    /** Rows of the service's own tables whose current version a transaction in [from, to) wrote. */
    public static long rowsWrittenBetween(long from, long to) {
        if (from == to) {
            return 0;
        }
        List<String> tables = new ArrayList<>();
        pool().query("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .execute().await().atMost(Duration.ofSeconds(10)).forEach(row -> tables.add(row.getString(0)));
        String count = tables.stream()
                .map(table -> "(select count(*) from \"" + table + "\" where xmin::text::bigint >= " + from
                        + " and xmin::text::bigint < " + to + ")")
                .collect(Collectors.joining(" + ", "select ", ""));
        return single(count).getLong(0);
    }

    /** Returns once the outbox relay has published every recorded event (the relay writes while it publishes). */
    public static void awaitOutboxPublished() {
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(15))
                .until(() -> single("select count(*) from outbox_event where published_at is null").getLong(0) == 0);
    }

    /** A count or other single value of the service's database. */
    public static long count(String sql) {
        return single(sql).getLong(0);
    }

    /** A single text value of the service's database. */
    public static String text(String sql) {
        return single(sql).getString(0);
    }

    /** A statement on the service's database, for tests that set the scene (e.g. remove rows to rebuild). */
    public static void execute(String sql) {
        pool().query(sql).execute().await().atMost(Duration.ofSeconds(10));
    }

    private static Row single(String sql) {
        return pool().query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next();
    }

    private static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }
}
