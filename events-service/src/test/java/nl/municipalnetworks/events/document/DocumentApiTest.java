package nl.municipalnetworks.events.document;

import nl.municipalnetworks.testsupport.api.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.events.EventsApi.FilePart;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Meeting documents against the real PostgreSQL: the organiser uploads them and new versions (the earlier kept), readers
 * list and download them byte for byte as the event's and the document's audience allow, the size limit and the content
 * check refuse what does not fit (and store nothing), names with accents and apostrophes survive the round trip, and
 * every download is recorded for reach.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class DocumentApiTest {

    private static final String NOTULEN = "Notulen ALV 's-Hertogenbosch — 16 oktober 2025.pdf";
    private static final long LIMIT = 20L * 1024 * 1024;

    @TestHTTPResource("/")
    URL base;

    private static String documents(String event) {
        return "/v1/events/" + event + "/documents";
    }

    @Test
    void theOrganiserUploadsNewVersionsKeepTheEarlierOnesAndEachDownloadsByteForByte() {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        byte[] first = SampleFiles.pdf("Agenda ALV, eerste versie");
        byte[] second = SampleFiles.pdf("Agenda ALV, tweede versie met de begroting 2026");

        Response created = EventsApi.uploadDocument("m50-secretariat", event, "AGENDA", "Agenda ALV najaar 2025", null,
                new FilePart("Agenda ALV najaar 2025.pdf", "application/pdf", first));
        created.then().statusCode(201).contentType(containsString("application/json"))
                .header("API-Version", is("1.0.0"))
                .body("kind", is("AGENDA")).body("title", is("Agenda ALV najaar 2025"))
                .body("audience", is("MEMBERS")) // the event's, when none is given
                .body("latestVersion", is(1))
                .body("versions.number", is(List.of(1)))
                .body("versions[0].fileName", is("Agenda ALV najaar 2025.pdf"))
                .body("versions[0].contentType", is("application/pdf"))
                .body("versions[0].size", is(first.length))
                .body("versions[0].sha256", is(sha256(first)))
                .body("versions[0].uploadedBy", is("m50-secretariat"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(documents(event) + "/" + id);

        Response added = EventsApi.withMultipart(given().auth().oauth2(TestTokens.forUser("m50-secretariat")), Map.of(),
                new FilePart("Agenda ALV najaar 2025 (2).pdf", "application/pdf", second)).post(documents(event) + "/" + id + "/versions");
        added.then().statusCode(201).body("latestVersion", is(2)).body("versions.number", is(List.of(1, 2)))
                .body("versions.sha256", is(List.of(sha256(first), sha256(second))))
                .body("versions.fileName", is(List.of("Agenda ALV najaar 2025.pdf", "Agenda ALV najaar 2025 (2).pdf")));
        assertThat(added.header("Location")).endsWith(documents(event) + "/" + id + "/content?version=2");

        as("zeist-official").get(documents(event)).then().statusCode(200)
                .body("id", is(List.of(id))).body("[0].versions.size", is(List.of(first.length, second.length)))
                .body("[0].versions[1].uploadedAt", containsString("+0"));

        Response latest = as("zeist-official").get(documents(event) + "/" + id + "/content");
        latest.then().statusCode(200).contentType("application/pdf").header("API-Version", is("1.0.0"))
                .header("ETag", is("\"" + sha256(second) + "\""))
                .header("Repr-Digest", is("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(second))) + ":"))
                .header("X-Content-Type-Options", is("nosniff"));
        assertThat(sha256(latest.asByteArray())).isEqualTo(sha256(second));
        byte[] version1 = as("zeist-official").queryParam("version", 1).get(documents(event) + "/" + id + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertThat(sha256(version1)).isEqualTo(sha256(first));
        assertThat(version1).isEqualTo(first);

        as("zeist-official").queryParam("version", 3).get(documents(event) + "/" + id + "/content").then().statusCode(404)
                .body("detail", containsString("its versions are 1 to 2"));
        for (String bad : List.of("0", "-1", "1.0", "x", "1e0", "99999999999")) {
            as("zeist-official").get(documents(event) + "/" + id + "/content?version=" + bad).then().log().ifValidationFails().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("invalidParams[0].name", is("version"));
        }
        // Each version's bytes are kept once, apart from the list.
        assertThat(ServiceDatabase.count("select count(*) from document_content c join document_version v on v.id = c.version_id "
                + "where v.document_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void versionsUploadedAtOnceGetNumbersOfTheirOwn() throws Exception {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        String id = EventsApi.uploadDocument("m50-secretariat", event, "MEETING_PAPER", "Voorstel contributie", null,
                new FilePart("voorstel.pdf", "application/pdf", SampleFiles.pdf("v1"))).then().statusCode(201).extract().path("id");
        String token = TestTokens.forUser("m50-secretariat");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> uploads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] pdf = SampleFiles.pdf("gelijktijdig " + i);
            uploads.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return EventsApi.withMultipart(given().auth().oauth2(token), Map.of(), new FilePart("voorstel.pdf", "application/pdf", pdf))
                        .post(documents(event) + "/" + id + "/versions").then().statusCode(201).extract().path("latestVersion");
            }));
        }
        start.countDown();
        List<Integer> numbers = uploads.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(numbers).containsExactly(2, 3, 4, 5, 6, 7);
        as("m50-secretariat").get(documents(event) + "/" + id).then().statusCode(200)
                .body("versions.number", is(List.of(1, 2, 3, 4, 5, 6, 7))).body("latestVersion", is(7));
    }

    @Test
    void aMembersEventsDocumentsAreReadByItsMembersAndABoardPaperByTheBoardOnly() {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        String agenda = upload("m50-secretariat", event, "AGENDA", "Agenda", "MEMBERS");
        String boardPaper = upload("m50-secretariat", event, "MEETING_PAPER", "Advies DB over de contributie", "BOARD");

        // Never wider than the event's audience.
        EventsApi.uploadDocument("m50-secretariat", event, "AGENDA", "Openbare agenda", "PUBLIC",
                        new FilePart("agenda.txt", "text/plain", "Agenda".getBytes(StandardCharsets.UTF_8)))
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("invalidParams[0].name", is("audience"))
                .body("invalidParams[0].reason", containsString("may not be wider than the event's audience (MEMBERS)"));

        as("zeist-official").get(documents(event)).then().statusCode(200).body("id", is(List.of(agenda)))
                .body("[0].versions[0].uploadedBy", is("m50-secretariat"));
        as("m50-board").get(documents(event)).then().statusCode(200).body("id", is(List.of(agenda, boardPaper)));
        as("m50-secretariat").get(documents(event)).then().statusCode(200).body("id", is(List.of(agenda, boardPaper)));
        as("g40-secretariat").get(documents(event)).then().statusCode(403);
        given().get(documents(event)).then().statusCode(401);

        as("zeist-official").get(documents(event) + "/" + agenda + "/content").then().statusCode(200);
        as("zeist-official").get(documents(event) + "/" + boardPaper + "/content").then().statusCode(403)
                .body("detail", containsString("for the board of M50 only"));
        as("zeist-official").get(documents(event) + "/" + boardPaper).then().statusCode(403);
        as("m50-board").get(documents(event) + "/" + boardPaper + "/content").then().statusCode(200);
        given().get(documents(event) + "/" + agenda + "/content").then().statusCode(401);
        given().auth().oauth2(TestTokens.forClient("vng-network-client", "vng-network-client-secret"))
                .get(documents(event) + "/" + agenda + "/content").then().statusCode(403);

        // Only the organiser manages them.
        for (String user : List.of("zeist-official", "m50-board", "g40-secretariat", "platform31-partner")) {
            EventsApi.uploadDocument(user, event, "AGENDA", "Agenda", null,
                    new FilePart("agenda.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))).then().statusCode(403);
            as(user).delete(documents(event) + "/" + agenda).then().statusCode(403);
        }
        EventsApi.uploadDocument(null, event, "AGENDA", "Agenda", null,
                new FilePart("agenda.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))).then().statusCode(401);
    }

    @Test
    void publicDocumentsOfAPublicEventAreReadWithoutATokenTheOthersNot() {
        String event = EventsApi.openEvent("M50", "PUBLIC", null);
        String invitation = upload("m50-secretariat", event, "AGENDA", "Uitnodiging", "PUBLIC");
        String paper = upload("m50-secretariat", event, "MEETING_PAPER", "Notitie voor de leden", "MEMBERS");

        given().get(documents(event)).then().statusCode(200).body("id", is(List.of(invitation)))
                .body("[0].versions[0].uploadedBy", nullValue()); // a user name is not for everyone
        given().get(documents(event) + "/" + invitation + "/content").then().statusCode(200);
        given().get(documents(event) + "/" + paper + "/content").then().statusCode(401)
                .body("detail", containsString("sign in"));
        String vng = TestTokens.forClient("vng-network-client", "vng-network-client-secret");
        given().auth().oauth2(vng).get(documents(event)).then().statusCode(200).body("id", is(List.of(invitation)));
        given().auth().oauth2(vng).get(documents(event) + "/" + paper + "/content").then().statusCode(403);
        as("waalwijk-official").get(documents(event)).then().statusCode(200).body("id", is(List.of(invitation, paper)));
        as("g40-secretariat").get(documents(event)).then().statusCode(200).body("id", is(List.of(invitation)));
    }

    @Test
    void aFileAboveTheLimitIsRefusedNamingTheLimitAndTheOtherRoutesKeepTheirs() throws Exception {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        String auth = "Authorization: Bearer " + TestTokens.forUser("m50-secretariat") + "\r\n";
        String multipart = "Content-Type: multipart/form-data; boundary=grens\r\n";

        // Stated up front: refused before a byte of the body is read.
        RawHttp.Answer declared = RawHttp.send(base, "POST", documents(event), auth + multipart + "Content-Length: 31457280\r\n",
                new byte[0], false);
        assertRawProblem(declared, 413, "file", "a document may be at most 20 MB (20971520 bytes)");
        // Without a length (chunked): refused, so that nothing is read beyond the limit.
        RawHttp.Answer chunked = RawHttp.send(base, "POST", documents(event), auth + multipart, new byte[1000], true);
        assertRawProblem(chunked, 411, "Content-Length", "is required for an upload");

        // One byte too many, within the form's allowance: the file is received (to disk) and refused exactly.
        HttpResponse<String> tooLarge = bigUpload(event, pdfOfSize(LIMIT + 1));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(tooLarge.body()).contains("{\"name\":\"file\",\"reason\":\"is 20.0 MB (20971521 bytes); "
                + "a document may be at most 20 MB (20971520 bytes)\"}");
        assertThat(ServiceDatabase.count("select count(*) from document where event_id = '" + event + "'")).isZero();

        // Exactly the limit: stored and served byte for byte.
        byte[] atLimit = pdfOfSize(LIMIT);
        HttpResponse<String> stored = bigUpload(event, atLimit);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(stored.body()).contains("\"size\":" + LIMIT);
        String id = io.restassured.path.json.JsonPath.from(stored.body()).getString("id");
        byte[] back = as("m50-board").get(documents(event) + "/" + id + "/content").then().statusCode(200).extract().asByteArray();
        assertThat(sha256(back)).isEqualTo(sha256(atLimit));

        // A JSON body keeps service-commons' 8 MiB limit.
        RawHttp.Answer json = RawHttp.send(base, "POST", "/v1/events/" + event + "/sessions",
                auth + "Content-Type: application/json\r\nContent-Length: 9000000\r\n", new byte[0], false);
        assertRawProblem(json, 413, "body", "is larger than 8388608 bytes");
    }

    @Test
    void aFileWhoseBytesAreNotWhatItsTypeSaysOrThatIsNotAllowedIsRefusedNamingTheFile() {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "PRESENTATION", "Presentatie", null,
                new FilePart("presentatie.pdf", "application/pdf", SampleFiles.png())), "file",
                "is declared as application/pdf but its content is not a PDF; it looks like a PNG image (image/png)");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "PRESENTATION", "Presentatie", null,
                new FilePart("presentatie.html", "text/html", "<p>hallo</p>".getBytes(StandardCharsets.UTF_8))), "file", "which is not allowed");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "PRESENTATION", "Presentatie", null,
                new FilePart("presentatie.pdf", null, SampleFiles.pdf("x"))), "file", "");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "PRESENTATION", "Presentatie", null,
                new FilePart("leeg.txt", "text/plain", new byte[0])), "file", "is empty");
        assertRefused(EventsApi.multipartAs("m50-secretariat", Map.of("kind", "AGENDA", "title", "Agenda"), null)
                .post(documents(event)), "file", "is required");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "NOTULEN", "Notulen", null,
                new FilePart("n.pdf", "application/pdf", SampleFiles.pdf("x"))), "kind", "AGENDA, MEETING_PAPER, MINUTES, PRESENTATION");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "MINUTES", " ", null,
                new FilePart("n.pdf", "application/pdf", SampleFiles.pdf("x"))), "title", "is required");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "MINUTES", "x".repeat(201), null,
                new FilePart("n.pdf", "application/pdf", SampleFiles.pdf("x"))), "title", "at most 200");
        Response hugeField = EventsApi.uploadDocument("m50-secretariat", event, "MINUTES", "x".repeat(5000), null,
                new FilePart("n.pdf", "application/pdf", SampleFiles.pdf("x")));
        assertThat(hugeField.statusCode()).as(hugeField.asString()).isBetween(400, 499);
        assertThat(hugeField.contentType()).startsWith("application/problem+json");
        assertRefused(EventsApi.uploadDocument("m50-secretariat", event, "MINUTES", "Notulen", "EVERYONE",
                new FilePart("n.pdf", "application/pdf", SampleFiles.pdf("x"))), "audience", "PUBLIC, MEMBERS, BOARD");
        // JSON instead of a form: 415, as problem details.
        as("m50-secretariat").body(Map.of("kind", "AGENDA")).post(documents(event)).then().statusCode(415)
                .contentType(containsString("application/problem+json"));

        assertThat(ServiceDatabase.count("select count(*) from document where event_id = '" + event + "'")).isZero();

        // Each allowed kind of file is taken.
        Map<String, byte[]> allowed = new LinkedHashMap<>();
        allowed.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.officeOpenXml("word/"));
        allowed.put("application/vnd.oasis.opendocument.spreadsheet", SampleFiles.openDocument("application/vnd.oasis.opendocument.spreadsheet"));
        allowed.put("image/jpeg", SampleFiles.jpeg());
        allowed.put("text/csv", "gemeente;downloads\nZeist;21\n".getBytes(StandardCharsets.UTF_8));
        allowed.forEach((type, bytes) -> EventsApi.uploadDocument("m50-secretariat", event, "MEETING_PAPER", "Bijlage", null,
                new FilePart("bijlage", type, bytes)).then().statusCode(201)
                .body("versions[0].contentType", is(type.equals("text/csv") ? "text/csv; charset=UTF-8" : type)));
    }

    @Test
    void aNameWithAccentsApostrophesAndADashRoundTripsInContentDisposition() {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        byte[] minutes = SampleFiles.pdf("Notulen");
        // As a browser sends it: the name in UTF-8 in filename.
        String id = EventsApi.uploadDocument("m50-secretariat", event, "MINUTES", "Notulen ALV najaar 2025", null,
                new FilePart(NOTULEN, "application/pdf", minutes)).then().statusCode(201)
                .body("versions[0].fileName", is(NOTULEN)).extract().path("id");
        as("zeist-official").get(documents(event)).then().body("[0].versions[0].fileName", is(NOTULEN));

        String disposition = as("zeist-official").get(documents(event) + "/" + id + "/content").then().statusCode(200)
                .extract().header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"Notulen ALV 's-Hertogenbosch - 16 oktober 2025.pdf\"; filename*=UTF-8''");
        assertThat(fileNameStar(disposition)).isEqualTo(NOTULEN);

        // As RFC 8187 filename*, for a new version.
        String other = "Súdwest-Fryslân: notulen 't Gooi.pdf";
        EventsApi.withMultipart(given().auth().oauth2(TestTokens.forUser("m50-secretariat")), Map.of(),
                        new FilePart(other, "application/pdf", SampleFiles.pdf("v2"), true))
                .post(documents(event) + "/" + id + "/versions").then().statusCode(201).body("versions[1].fileName", is(other));
        String second = as("zeist-official").get(documents(event) + "/" + id + "/content").then().statusCode(200)
                .extract().header("Content-Disposition");
        assertThat(fileNameStar(second)).isEqualTo(other);
    }

    @Test
    void aWithdrawnDocumentIsNoLongerListedOrServedAndItsContentIsGone() {
        String event = EventsApi.openEvent("M50", "MEMBERS", null);
        String id = upload("m50-secretariat", event, "MINUTES", "Conceptnotulen", null);
        as("zeist-official").get(documents(event) + "/" + id + "/content").then().statusCode(200);

        as("m50-secretariat").delete(documents(event) + "/" + id).then().statusCode(204);
        as("m50-secretariat").get(documents(event)).then().statusCode(200).body("id", is(List.of()));
        as("m50-secretariat").get(documents(event) + "/" + id + "/content").then().statusCode(404).body("detail", containsString("withdrawn"));
        as("m50-secretariat").delete(documents(event) + "/" + id).then().statusCode(404);
        EventsApi.withMultipart(given().auth().oauth2(TestTokens.forUser("m50-secretariat")), Map.of(),
                new FilePart("n.pdf", "application/pdf", SampleFiles.pdf("x"))).post(documents(event) + "/" + id + "/versions")
                .then().statusCode(404);
        assertThat(ServiceDatabase.count("select count(*) from document_content c join document_version v on v.id = c.version_id "
                + "where v.document_id = '" + id + "'")).isZero();
        // The download counted before stays.
        assertThat(ServiceDatabase.count("select count(*) from document_download where document_id = '" + id + "'")).isEqualTo(1);

        // A document of another event is not found through this one.
        String otherEvent = EventsApi.openEvent("M50", "MEMBERS", null);
        String elsewhere = upload("m50-secretariat", otherEvent, "AGENDA", "Agenda", null);
        as("m50-secretariat").get(documents(event) + "/" + elsewhere).then().statusCode(404);
    }

    /**
     * Uploads a large PDF as the secretariat with the JDK's HTTP client: rest-assured takes seconds to send 20 MB,
     * the service half a second to take it.
     */
    private HttpResponse<String> bigUpload(String event, byte[] pdf) throws Exception {
        byte[] body = EventsApi.multipart("grens", Map.of("kind", "MINUTES", "title", "Notulen"), new FilePart("notulen.pdf", "application/pdf", pdf));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(documents(event)))
                        .header("Authorization", "Bearer " + TestTokens.forUser("m50-secretariat"))
                        .header("Content-Type", "multipart/form-data; boundary=grens")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String upload(String user, String event, String kind, String title, String audience) {
        return EventsApi.uploadDocument(user, event, kind, title, audience,
                        new FilePart(title + ".txt", "text/plain", ("Tekst van " + title + "\n").getBytes(StandardCharsets.UTF_8)))
                .then().statusCode(201).extract().path("id");
    }

    /** A PDF of exactly {@code size} bytes: a header, then filler in a comment. */
    private static byte[] pdfOfSize(long size) {
        byte[] pdf = new byte[(int) size];
        Arrays.fill(pdf, (byte) 'a');
        byte[] header = "%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        return pdf;
    }

    static String fileNameStar(String disposition) {
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Response response, String field, String reasonPart) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("invalidParams[0].name")).as(response.asString()).isEqualTo(field);
        assertThat(response.jsonPath().getString("invalidParams[0].reason")).contains(reasonPart);
    }

    private static void assertRawProblem(RawHttp.Answer answer, int status, String field, String reasonPart) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"name\":\"" + field + "\"").contains(reasonPart);
    }
}
