package nl.municipalnetworks.events.document;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.municipalnetworks.events.EventsApi;
import nl.municipalnetworks.events.EventsApi.FilePart;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.testsupport.ServiceDatabase;
import nl.municipalnetworks.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.events.EventsApi.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every download is recorded (document, version, the official's municipality or none, the user, when), and the
 * downloads of a network's documents per municipality per year (Dutch time) come from the repository, for the reach
 * report.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "events"))
class DocumentReachTest {

    @Inject
    DocumentDownloadRepository downloads;

    @Test
    void everyDownloadIsRecordedWithTheOfficialsMunicipalityAndCountedPerMunicipalityPerDutchYear() throws Throwable {
        EventsApi.zeist();
        EventsApi.waalwijk();
        // A network of this test alone, sharing its public event with M50 (whose officials the realm has).
        String network = "R" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Map<String, Object> body = new LinkedHashMap<>(EventsApi.eventBody(network, "PUBLIC", null));
        body.put("otherNetworks", List.of("M50"));
        String event = EventsApi.openEvent(body);
        String id = EventsApi.uploadDocument("platform-admin", event, "MEETING_PAPER", "Publicatie woningmarkt", null,
                        new FilePart("Publicatie woningmarkt.txt", "text/plain", "Woningmarkt\n".getBytes(StandardCharsets.UTF_8)))
                .then().statusCode(201).extract().path("id");
        EventsApi.withMultipart(given().auth().oauth2(TestTokens.forUser("platform-admin")), Map.of(),
                        new FilePart("Publicatie woningmarkt v2.txt", "text/plain", "Woningmarkt, herzien\n".getBytes(StandardCharsets.UTF_8)))
                .post("/v1/events/" + event + "/documents/" + id + "/versions").then().statusCode(201);
        String content = "/v1/events/" + event + "/documents/" + id + "/content";

        as("zeist-official").get(content).then().statusCode(200);
        as("zeist-official").queryParam("version", 1).get(content).then().statusCode(200);
        as("waalwijk-official").get(content).then().statusCode(200);
        as("m50-board").get(content).then().statusCode(200);
        given().get(content).then().statusCode(200);
        // A refused download is not counted.
        as("zeist-official").queryParam("version", 9).get(content).then().statusCode(404);

        assertThat(ServiceDatabase.text("select string_agg(coalesce(m.cbs_code, '-') || ':' || d.version || ':' || coalesce(d.user_name, 'anonymous'), ',' "
                + "order by d.downloaded_at) from document_download d left join municipality m on m.id = d.municipality_id "
                + "where d.document_id = '" + id + "'"))
                .isEqualTo("GM0355:2:zeist-official,GM0355:1:zeist-official,GM0867:2:waalwijk-official,-:2:m50-board,-:2:anonymous");

        int thisYear = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        assertThat(byCbsCode(perMunicipality(network, thisYear))).isEqualTo(Map.of("GM0355", 2L, "GM0867", 1L));
        assertThat(perMunicipality(network, thisYear - 1)).isEmpty();

        // The year is the Dutch one: 00:30 on New Year's Day in Amsterdam is still 31 December in UTC.
        UUID zeist = UUID.fromString(ServiceDatabase.text("select municipality_id::text from document_download where document_id = '" + id
                + "' and user_name = 'zeist-official' limit 1"));
        recordDownload(id, zeist, "2019-12-31T23:30:00Z"); // 1 January 2020, 00:30 in Amsterdam: 2020
        recordDownload(id, zeist, "2020-12-31T22:59:59Z"); // 31 December 2020, 23:59:59 in Amsterdam: 2020
        recordDownload(id, zeist, "2020-12-31T23:00:00Z"); // 1 January 2021, 00:00 in Amsterdam: 2021
        assertThat(perMunicipality(network, 2020)).isEqualTo(Map.of(zeist, 2L));
        assertThat(perMunicipality(network, 2021)).isEqualTo(Map.of(zeist, 1L));
        // A network whose events these are not sees none of them.
        assertThat(perMunicipality("X" + network, 2020)).isEmpty();
    }

    private Map<UUID, Long> perMunicipality(String network, int year) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> downloads.downloadsPerMunicipality(network, year)));
    }

    private static Map<String, Long> byCbsCode(Map<UUID, Long> counts) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        counts.forEach((id, count) -> byCode.merge(ServiceDatabase.text("select cbs_code from municipality where id = '" + id + "'"),
                count, Long::sum));
        return byCode;
    }

    private static void recordDownload(String documentId, UUID municipality, String at) {
        ServiceDatabase.execute("insert into document_download (id, document_id, version, municipality_id, user_name, downloaded_at) values ('"
                + UUID.randomUUID() + "', '" + documentId + "', 1, '" + municipality + "', 'zeist-official', '" + at + "')");
    }
}
