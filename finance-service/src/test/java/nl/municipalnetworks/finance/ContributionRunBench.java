package nl.municipalnetworks.finance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures for bench/contribution-run.sh, not a test (its name keeps it out of the test run; it asserts only that
 * the run did its work). Real PostgreSQL and Kafka in this JVM. For 10,000 and then 100,000 synthetic members of
 * a network (put straight into finance-service's view of members, as member-service's events would), each with a
 * CBS count, under a fee per inhabitant with 21 % VAT: the preview, the run that issues every invoice, and
 * the e-invoices of all of them as one ZIP, each timed through the API, with the heap's peak. Writes
 * target/contribution-run-bench.txt.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ContributionRunBench {

    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 2_000);
    private static final int[] SIZES = {Integer.getInteger("bench.small", 10_000), Integer.getInteger("bench.large", 100_000)};

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    private final List<String> out = new ArrayList<>();

    @Test
    void run() throws Exception {
        // a first, smaller run warms the JIT, as a service that has been up for a while is; its figures are printed too
        out.add("warm-up:");
        measure(WARM_UP);
        out.add("measured:");
        List<long[]> figures = new ArrayList<>();
        for (int payers : SIZES) {
            figures.add(measure(payers));
        }
        long[] small = figures.get(0);
        long[] large = figures.get(1);
        out.add("");
        long smallTotal = small[0] + small[1] + small[2];
        long largeTotal = large[0] + large[1] + large[2];
        out.add(String.format("ratio %,d / %,d payers: preview %.1fx, run %.1fx, UBL %.1fx, together %.1fx (target: at most 11x) -> %s",
                SIZES[1], SIZES[0], (double) large[0] / small[0], (double) large[1] / small[1], (double) large[2] / small[2],
                (double) largeTotal / smallTotal, largeTotal <= 11 * smallTotal ? "met" : "NOT met"));
        out.add(String.format("target %,d payers under 5 s (preview + run + UBL): %,d ms -> %s", SIZES[0], smallTotal,
                smallTotal < 5_000 ? "met" : "NOT met"));
        Files.write(Path.of("target/contribution-run-bench.txt"), out);
    }

    /** Preview ms, run ms for a fresh network of {@code payers} members. */
    private long[] measure(int payers) throws Exception {
        String network = "B" + payers;
        ServiceDatabase.execute("insert into municipality (id, cbs_code, name) select "
                + "md5('" + network + "-' || i)::uuid, null, 'Gemeente Proef ' || lpad(i::text, 6, '0') "
                + "from generate_series(1, " + payers + ") as i");
        ServiceDatabase.execute("insert into membership (id, network, municipality_id, joined_on) select "
                + "md5('" + network + "-membership-' || i)::uuid, '" + network + "', md5('" + network + "-' || i)::uuid, "
                + "date '2019-01-01' from generate_series(1, " + payers + ") as i");
        ServiceDatabase.execute("insert into population_count (municipality_id, reference_date, inhabitants) select "
                + "md5('" + network + "-' || i)::uuid, date '2022-01-01', 20000 + (i * 7919) % 180000 "
                + "from generate_series(1, " + payers + ") as i");
        Map<String, Object> scheme = new LinkedHashMap<>(FinanceApi.perInhabitantSchemeBody(network));
        scheme.put("payers", "MEMBERS");
        scheme.put("name", "Bijdrage per inwoner " + network);
        scheme.put("collector", "Platform31");
        FinanceApi.as("platform-admin").body(scheme).post("/v1/fee-schemes").then().statusCode(201);

        resetPeaks();
        long start = System.nanoTime();
        byte[] preview = call("GET", "/v1/networks/" + network + "/contribution-preview?year=2026", null, 200);
        long previewMs = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        byte[] run = call("POST", "/v1/networks/" + network + "/contribution-runs", "{\"year\": 2026}", 201);
        long runMs = (System.nanoTime() - start) / 1_000_000;
        int created = JSON.readTree(run).path("created").asInt();
        if (created != payers) {
            throw new IllegalStateException("the run issued " + created + " invoices, not " + payers);
        }

        // billing details for every buyer (and once for the seller), then every e-invoice of the year as one ZIP
        ServiceDatabase.execute("insert into party (id, municipality_id, legal_name, street, postcode, city, country, "
                + "kvk_number, email, peppol_scheme) select gen_random_uuid(), m.id, m.name, 'Markt 1', '1234 AB', "
                + "'Proefstad', 'NL', '12345678', 'facturen@proef.example', '0106' from municipality m "
                + "join membership s on s.municipality_id = m.id where s.network = '" + network + "'");
        ServiceDatabase.execute("insert into party (id, collector_name, legal_name, street, postcode, city, country, "
                + "kvk_number, vat_number, iban, email, peppol_scheme) select gen_random_uuid(), 'Platform31', "
                + "'Stichting Platform31', 'Proefstraat 1', '2511 AA', 'Den Haag', 'NL', '41152745', 'NL001234567B01', "
                + "'NL20INGB0001234567', 'facturen@platform31.example', '0106' "
                + "where not exists (select 1 from party where collector_name = 'Platform31')");
        start = System.nanoTime();
        long zipBytes = download("/v1/networks/" + network + "/e-invoices?year=2026");
        long ublMs = (System.nanoTime() - start) / 1_000_000;
        long heapPeakMb = heapPeak() / (1024 * 1024);

        out.add(String.format("%,7d payers: preview %,6d ms (%,d KB JSON), run %,6d ms (%,.0f invoices/s), "
                        + "UBL of all %,6d ms (%,d KB ZIP), together %,6d ms, heap peak %,d MB",
                payers, previewMs, preview.length / 1024, runMs, payers * 1000.0 / runMs, ublMs, zipBytes / 1024,
                previewMs + runMs + ublMs, heapPeakMb));
        return new long[]{previewMs, runMs, ublMs};
    }

    /**
     * One call as a client would make it, the body read as bytes: RestAssured's Groovy JSON parser, at 6 MB, takes
     * longer than the server does, and would be measured instead of the service.
     */
    private byte[] call(String method, String path, String json, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + TestTokens.forUser("platform-admin"))
                .header("Accept", "*/*")
                .timeout(Duration.ofMinutes(15));
        request = json == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), 0, Math.min(500, response.body().length)));
        }
        return response.body();
    }

    /** A download as a client that saves it would take it: read as it arrives, counted, not kept. */
    private long download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + TestTokens.forUser("platform-admin"))
                .timeout(Duration.ofMinutes(15)).GET().build();
        HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = response.body()) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                bytes += read;
            }
        }
        return bytes;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()} (the whole test JVM, Kafka broker included). */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
