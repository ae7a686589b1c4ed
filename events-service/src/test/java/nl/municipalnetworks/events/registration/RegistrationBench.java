package nl.municipalnetworks.events.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Figures for bench/registrations.sh, not a test (its name keeps it out of the test run; it fails only when the
 * service counted wrong). Real PostgreSQL, Kafka and Keycloak tokens; every call through the HTTP API with the JDK's
 * client, as {@code CLIENTS} callers that each send their next request when the last was answered.
 * <ol>
 *   <li>Contended: {@code REGISTRATIONS} registrations for one event of {@code SEATS} seats, so that all of them queue
 *   on that event's row lock (RegistrationService).</li>
 *   <li>Uncontended, for comparison: the same number spread over {@code EVENTS} events holding the same seats between
 *   them ({@code SEATS / EVENTS} each), so the same share is confirmed and waits; only the spread differs.</li>
 *   <li>Cancellations on the contended event: in batches, confirmed registrations (picked at random from those
 *   confirmed at the batch's start) are cancelled by their municipality's official while as many new registrations
 *   come in; a sampler reads the confirmed count from the database all the while, and the count is read again after
 *   each batch.</li>
 * </ol>
 * The callers are the realm's two M50 officials (zeist-official, waalwijk-official) registering colleagues of their
 * own municipality (the token's CBS code, membership checked on the event's day), made members through member-service's
 * events on the real broker (EventsApi.zeist/waalwijk). A wrong count throws. Writes target/registration-bench.txt,
 * line by line, so a failed run still shows what it measured.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class RegistrationBench {

    private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 5_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int SEATS = Integer.getInteger("bench.seats", 100);
    private static final int EVENTS = Integer.getInteger("bench.events", 50);
    private static final int CANCELLATIONS = Integer.getInteger("bench.cancellations", 500);
    private static final int BATCH = Integer.getInteger("bench.cancellation-batch", 50);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 1_000);

    /** The target of bench/registrations.sh's header (where it is reasoned), for the contended event; fixed, not an option. */
    private static final double TARGET_PER_SECOND = 100;
    private static final double TARGET_P99_MS = 500;

    private static final String[] NAMES = {"Anouk de Vries", "Bram van 't Hooft", "Eline Schröder", "Joost d'Ancona",
            "Fenna Hoekstra-Kuipers", "Sjoerd Wâldstra", "Noor El Amrani", "Daan Verbeek", "Iris ter Horst", "Maarten Özdemir"};

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    private final List<String> out = new ArrayList<>();
    private final Path report = Path.of("target/registration-bench.txt");
    private List<Official> officials;

    /** A caller: a test user who is an official of a member municipality, and that municipality's mail domain. */
    private record Official(String user, EventsApi.Member member, String domain) {
    }

    /** One HTTP call of a phase; kind groups the latencies (registration, cancellation). */
    private record Call(String kind, String user, String path, String body, int expectedStatus) {
    }

    @Test
    void run() throws Exception {
        Files.deleteIfExists(report);
        officials = List.of(new Official("zeist-official", EventsApi.zeist(), "zeist.nl"),
                new Official("waalwijk-official", EventsApi.waalwijk(), "waalwijk.nl"));
        int perEvent = Math.max(1, SEATS / EVENTS);
        print(String.format("%,d registrations by %d concurrent clients; contended: 1 event of %d seats; uncontended: %d events of %d seats",
                REGISTRATIONS, CLIENTS, SEATS, EVENTS, perEvent));
        print(String.format("JVM: %d processors, %s %s; load average at start %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage()));

        // a first, smaller round warms the JIT, the pools and PostgreSQL's caches; its figures are printed too
        print("warm-up:");
        Contended warmUp = contended("warm-up", WARM_UP);
        uncontended("warm-up", WARM_UP);
        cancellations("warm-up", warmUp.event(), WARM_UP, Math.min(BATCH, SEATS));

        print("measured:");
        Contended measured = contended("run", REGISTRATIONS);
        Stats contended = measured.stats();
        Stats uncontended = uncontended("run", REGISTRATIONS);
        cancellations("run", measured.event(), REGISTRATIONS, CANCELLATIONS);

        print("");
        print(String.format("contended / uncontended: %.2fx the throughput, p99 %.1fx", contended.perSecond() / uncontended.perSecond(),
                contended.percentileMs(99) / uncontended.percentileMs(99)));
        boolean met = contended.perSecond() >= TARGET_PER_SECOND && contended.percentileMs(99) <= TARGET_P99_MS;
        print(String.format("target (contended, %d clients): >= %.0f registrations/s with p99 <= %.0f ms: %.1f/s, p99 %.1f ms -> %s",
                CLIENTS, TARGET_PER_SECOND, TARGET_P99_MS, contended.perSecond(), contended.percentileMs(99), met ? "met" : "NOT met"));
    }

    private record Contended(String event, Stats stats) {
    }

    /** Phase 1: {@code count} registrations for one event of SEATS seats. */
    private Contended contended(String round, int count) throws Exception {
        String event = EventsApi.openEvent("M50", "MEMBERS", SEATS);
        Stats stats = phase(count, i -> registration(event, round + "-c", i)).only("registration");
        print(stats.line(String.format("contended (1 event, %d seats)", SEATS)));
        expectSeats(List.of(event), SEATS, count);
        long distinct = ServiceDatabase.count("select count(distinct number) from registration where event_id = '" + event + "'");
        long lastConfirmed = ServiceDatabase.count("select coalesce(max(number), 0) from registration where event_id = '" + event
                + "' and status = 'CONFIRMED'");
        if (distinct != count || lastConfirmed != SEATS) {
            fail(String.format("places in line: %,d distinct numbers for %,d registrations, the last confirmed is number %,d (expected %,d)",
                    distinct, count, lastConfirmed, SEATS));
        }
        print(String.format("  check: every registration its own place in line (1-%,d); the first %d in line confirmed -> ok", count, SEATS));
        return new Contended(event, stats);
    }

    /** Phase 2: {@code count} registrations spread over EVENTS events holding SEATS seats between them. */
    private Stats uncontended(String round, int count) throws Exception {
        int perEvent = Math.max(1, SEATS / EVENTS);
        List<String> events = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            events.add(EventsApi.openEvent("M50", "MEMBERS", perEvent));
        }
        Stats stats = phase(count, i -> registration(events.get(i % EVENTS), round + "-u", i)).only("registration");
        print(stats.line(String.format("uncontended (%d events of %d)", EVENTS, perEvent)));
        expectSeats(events, perEvent, count);
        return stats;
    }

    /**
     * Phase 3: {@code cancellations} confirmed registrations of {@code event} cancelled in batches of BATCH, each
     * batch together with as many new registrations, the confirmed count sampled meanwhile.
     */
    private void cancellations(String round, String event, int registeredBefore, int cancellations) throws Exception {
        String confirmedSql = "select count(*) from registration where event_id = '" + event + "' and status = 'CONFIRMED'";
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicLong highest = new AtomicLong();
        AtomicLong samples = new AtomicLong();
        CompletableFuture<Void> sampler = CompletableFuture.runAsync(() -> {
            while (sampling.get()) {
                highest.accumulateAndGet(ServiceDatabase.count(confirmedSql), Math::max);
                samples.incrementAndGet();
            }
        });
        Random random = new Random(42);
        List<long[]> cancelLatencies = new ArrayList<>();
        List<long[]> registerLatencies = new ArrayList<>();
        long wallNs = 0;
        long lowestAfterBatch = Long.MAX_VALUE;
        long highestAfterBatch = 0;
        int cancelled = 0;
        int registered = 0;
        int batches = 0;
        try {
            while (cancelled < cancellations) {
                List<String[]> confirmed = new ArrayList<>();
                for (String row : ServiceDatabase.text("select string_agg(id::text || ' ' || municipality_id::text, ',' order by number) "
                        + "from registration where event_id = '" + event + "' and status = 'CONFIRMED'").split(",")) {
                    confirmed.add(row.split(" "));
                }
                Collections.shuffle(confirmed, random);
                int size = Math.min(Math.min(BATCH, confirmed.size()), cancellations - cancelled);
                List<Call> calls = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    String[] picked = confirmed.get(k);
                    calls.add(new Call("cancellation", officialOf(picked[1]).user(),
                            "/v1/events/" + event + "/registrations/" + picked[0] + "/cancellation", null, 200));
                    calls.add(registration(event, round + "-x", registered + k));
                }
                Collections.shuffle(calls, random);
                Stats batch = phase(calls.size(), calls::get);
                cancelLatencies.add(batch.only("cancellation").latenciesNs);
                registerLatencies.add(batch.only("registration").latenciesNs);
                wallNs += batch.wallNs;
                cancelled += size;
                registered += size;
                batches++;
                long now = ServiceDatabase.count(confirmedSql);
                lowestAfterBatch = Math.min(lowestAfterBatch, now);
                highestAfterBatch = Math.max(highestAfterBatch, now);
            }
        } finally {
            sampling.set(false);
            sampler.get(30, TimeUnit.SECONDS);
        }
        Stats cancels = new Stats("cancellation", concat(cancelLatencies), wallNs);
        Stats alongside = new Stats("registration", concat(registerLatencies), wallNs);
        print(cancels.line(String.format("cancellations (%d batches)", batches)));
        print(alongside.line("  registrations alongside"));
        print(String.format("  %,d cancellations + %,d registrations: %,.1f operations/s", cancelled, registered,
                (cancelled + registered) * 1e9 / wallNs));
        String verdict = highest.get() <= SEATS && highestAfterBatch <= SEATS ? "ok" : "EXCEEDED";
        print(String.format("  check: confirmed never above %d seats: highest of %,d samples meanwhile %,d; after each batch %,d-%,d -> %s",
                SEATS, samples.get(), highest.get(), lowestAfterBatch, highestAfterBatch, verdict));
        if (!"ok".equals(verdict)) {
            fail("more confirmed than seats during the cancellations");
        }
        long cancelledNow = ServiceDatabase.count("select count(*) from registration where event_id = '" + event + "' and status = 'CANCELLED'");
        if (cancelledNow != cancelled) {
            fail(String.format("%,d registrations cancelled, %,d expected", cancelledNow, cancelled));
        }
        // every freed seat went to the waiting list, which is never empty here
        expectSeats(List.of(event), SEATS, registeredBefore + registered - cancelled);
    }

    private Call registration(String event, String tag, int i) {
        Official official = officials.get(i % officials.size());
        String name = NAMES[i % NAMES.length];
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + tag + "." + i + "@" + official.domain();
        return new Call("registration", official.user(), "/v1/events/" + event + "/registrations",
                "{\"name\": " + quoted(name) + ", \"email\": " + quoted(email) + "}", 201);
    }

    private Official officialOf(String municipalityId) {
        return officials.stream().filter(o -> o.member().municipalityId().toString().equals(municipalityId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no official of municipality " + municipalityId));
    }

    /**
     * Checks, through the API (GET /v1/events/{id}: seats) and in the database, that each event has exactly
     * {@code seatsEach} confirmed (or all of its live registrations, when fewer) and the rest of {@code live} waiting.
     */
    private void expectSeats(List<String> events, int seatsEach, int live) throws Exception {
        long confirmed = 0;
        long waiting = 0;
        long expectedConfirmed = 0;
        for (int e = 0; e < events.size(); e++) {
            String event = events.get(e);
            int liveHere = live / events.size() + (e < live % events.size() ? 1 : 0);
            JsonNode seats = JSON.readTree(call("GET", "/v1/events/" + event, "platform-admin")).path("seats");
            long c = seats.path("confirmed").asLong(-1);
            long w = seats.path("waiting").asLong(-1);
            long inDatabase = ServiceDatabase.count("select count(*) from registration where event_id = '" + event + "' and status = 'CONFIRMED'");
            long expected = Math.min(seatsEach, liveHere);
            if (c != expected || w != liveHere - expected || inDatabase != c) {
                fail(String.format("event %s: %d confirmed (database: %d), %d waiting; expected %d confirmed, %d waiting",
                        event, c, inDatabase, w, expected, liveHere - expected));
            }
            confirmed += c;
            waiting += w;
            expectedConfirmed += expected;
        }
        print(String.format("  check: confirmed %,d = seats %,d, waiting %,d = %,d - %,d -> ok", confirmed, expectedConfirmed, waiting,
                live, expectedConfirmed));
    }

    /**
     * Runs {@code count} calls on CLIENTS threads released together, each taking the next call when its last was
     * answered. The token is taken before the clock starts (a renewal would time Keycloak). Any unexpected status
     * fails the run.
     */
    private Stats phase(int count, IntFunction<Call> callOf) throws Exception {
        Call[] calls = IntStream.range(0, count).mapToObj(callOf).toArray(Call[]::new);
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int threads = Math.min(CLIENTS, count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                start.await();
                for (int i; (i = next.getAndIncrement()) < count; ) {
                    Call call = calls[i];
                    HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(call.path()))
                            .header("Authorization", "Bearer " + TestTokens.forUser(call.user()))
                            .timeout(Duration.ofMinutes(2));
                    request = call.body() == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                            : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
                    HttpRequest built = request.build();
                    long began = System.nanoTime();
                    HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - began;
                    if (response.statusCode() != call.expectedStatus()) {
                        failures.add("POST " + call.path() + " answered " + response.statusCode() + ": "
                                + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        try {
            for (Future<?> client : clients) {
                client.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long wallNs = System.nanoTime() - began;
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " calls failed, e.g. " + failures.get(0));
        }
        return new Stats(Arrays.stream(calls).map(Call::kind).toArray(String[]::new), latencies, wallNs);
    }

    private String call(String method, String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).header("Authorization", "Bearer " + TestTokens.forUser(user))
                .timeout(Duration.ofMinutes(2)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            fail(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Latencies of one phase (per call, in the order of the calls) and its wall-clock time. */
    private static final class Stats {
        private final String[] kinds;
        final long[] latenciesNs;
        final long wallNs;
        private long[] sorted;

        Stats(String[] kinds, long[] latenciesNs, long wallNs) {
            this.kinds = kinds;
            this.latenciesNs = latenciesNs;
            this.wallNs = wallNs;
        }

        Stats(String kind, long[] latenciesNs, long wallNs) {
            this(Collections.nCopies(latenciesNs.length, kind).toArray(String[]::new), latenciesNs, wallNs);
        }

        /** The calls of one kind, with the phase's wall-clock time. */
        Stats only(String kind) {
            long[] mine = IntStream.range(0, latenciesNs.length).filter(i -> kinds[i].equals(kind)).mapToLong(i -> latenciesNs[i]).toArray();
            return new Stats(kind, mine, wallNs);
        }

        double perSecond() {
            return latenciesNs.length * 1e9 / wallNs;
        }

        /** Nearest-rank percentile, in ms. */
        double percentileMs(double p) {
            if (sorted == null) {
                sorted = latenciesNs.clone();
                Arrays.sort(sorted);
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        String line(String label) {
            return String.format("%-34s %,6d in %,7.2f s: %,7.1f/s; latency p50 %,7.1f ms, p95 %,7.1f, p99 %,7.1f, max %,7.1f",
                    label, latenciesNs.length, wallNs / 1e9, perSecond(), percentileMs(50), percentileMs(95), percentileMs(99),
                    percentileMs(100));
        }
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void print(String line) throws Exception {
        out.add(line);
        Files.write(report, out);
    }

    private void fail(String message) throws Exception {
        print("FAILED: " + message);
        throw new IllegalStateException(message);
    }
}
