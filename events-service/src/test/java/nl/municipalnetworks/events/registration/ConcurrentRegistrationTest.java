package nl.municipalnetworks.events.registration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never more confirmed registrations than seats, against the real PostgreSQL with requests that really run at the
 * same time (released together by a latch): the event's row lock makes counting and taking a seat one step.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class ConcurrentRegistrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int post(String token, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
        request = body == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String registration(String name) {
        return "{\"name\": \"" + name + "\", \"email\": \"" + name + "-" + UUID.randomUUID() + "@example.nl\"}";
    }

    /** Runs every task at the same moment on its own thread; answers their HTTP statuses. */
    private static List<Integer> allAtOnce(List<java.util.concurrent.Callable<Integer>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (java.util.concurrent.Callable<Integer> task : tasks) {
                results.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(90, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void fiftyRegistrationsAtOnceForTenSeatsGiveTenConfirmedAndFortyWaiting() throws Exception {
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        String token = TestTokens.forUser("m50-secretariat");
        List<java.util.concurrent.Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = registration("deelnemer" + i);
            tasks.add(() -> post(token, "/v1/events/" + event + "/registrations", body));
        }
        assertThat(allAtOnce(tasks)).hasSize(50).containsOnly(201);

        assertThat(EventsApi.count(event, "CONFIRMED")).isEqualTo(10);
        assertThat(EventsApi.count(event, "WAITING")).isEqualTo(40);
        assertThat(ServiceDatabase.count("select count(distinct number) from registration where event_id = '" + event
                + "' and number between 1 and 50")).as("every registration has its own place in line").isEqualTo(50);
        assertThat(ServiceDatabase.count("select max(number) from registration where event_id = '" + event + "' and status = 'CONFIRMED'"))
                .as("the first ten in line have the seats").isEqualTo(10);
    }

    @Test
    void cancellationsAndRegistrationsAtOnceNeverExceedTheSeats() throws Exception {
        String event = EventsApi.openEvent("M50", "MEMBERS", 10);
        String token = TestTokens.forUser("m50-secretariat");
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            registered.add(EventsApi.register("m50-secretariat", event, "vooraf" + i, "vooraf" + i + "-" + UUID.randomUUID() + "@example.nl",
                    null, null).then().statusCode(201).extract().path("id"));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong highest = new AtomicLong();
        AtomicLong samples = new AtomicLong();
        String confirmed = "select count(*) from registration where event_id = '" + event + "' and status = 'CONFIRMED'";
        CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> {
            while (running.get()) {
                highest.accumulateAndGet(ServiceDatabase.count(confirmed), Math::max);
                samples.incrementAndGet();
            }
        });
        List<java.util.concurrent.Callable<Integer>> tasks = new ArrayList<>();
        // Six of the confirmed and four of the waiting cancel while thirty others register.
        for (String id : List.of(registered.get(0), registered.get(2), registered.get(4), registered.get(6), registered.get(8),
                registered.get(9), registered.get(11), registered.get(13), registered.get(15), registered.get(17))) {
            tasks.add(() -> post(token, "/v1/events/" + event + "/registrations/" + id + "/cancellation", null));
        }
        for (int i = 0; i < 30; i++) {
            String body = registration("nieuw" + i);
            tasks.add(() -> post(token, "/v1/events/" + event + "/registrations", body));
        }
        List<Integer> statuses = allAtOnce(tasks);
        running.set(false);
        watcher.get(10, TimeUnit.SECONDS);

        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses.subList(10, 40)).containsOnly(201);
        assertThat(samples.get()).isPositive();
        assertThat(highest.get()).as("confirmed at any moment seen").isLessThanOrEqualTo(10);
        assertThat(EventsApi.count(event, "CONFIRMED")).as("every freed seat went to the waiting list").isEqualTo(10);
        assertThat(EventsApi.count(event, "WAITING")).isEqualTo(50 - 10 - 10);
        assertThat(ServiceDatabase.count("select count(*) from registration w where w.event_id = '" + event + "' and w.status = 'WAITING' "
                + "and w.number < (select max(c.number) from registration c where c.event_id = w.event_id and c.status = 'CONFIRMED' "
                + "and c.confirmed_at > c.registered_at)"))
                .as("nobody promoted ahead of someone who waited longer").isZero();
    }
}
