package nl.municipalnetworks.gateway.routing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.municipalnetworks.gateway.EchoBackends;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.testsupport.api.RawHttp;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Bodies pass through byte for byte, both ways, with their content type: uploads up to 20 MiB, binary downloads. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class StreamingApiTest {

    private static final int TWENTY_MIB = 20 * 1024 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aTwentyMebibyteUploadArrivesByteForByte() {
        byte[] document = new byte[TWENTY_MIB];
        new Random(20).nextBytes(document);
        JsonPath echo = given().auth().oauth2(TestTokens.forUser("m50-secretariat"))
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/pdf").body(document)
                .post("/api/v1/events/events/42/documents")
                .then().statusCode(200).extract().jsonPath();
        assertThat(echo.getString("backend")).isEqualTo("events");
        assertThat(echo.getLong("bodyLength")).isEqualTo(TWENTY_MIB);
        assertThat(echo.getString("bodySha256")).isEqualTo(EchoBackends.sha256(document));
        assertThat(echo.getList("headers.content-type", String.class)).containsExactly("application/pdf");
        assertThat(echo.getList("headers.content-length", String.class)).containsExactly(Integer.toString(TWENTY_MIB));
    }

    @Test
    void aChunkedUploadArrivesByteForByte() throws Exception {
        byte[] statement = new byte[3 * 1024 * 1024 + 17];
        new Random(3).nextBytes(statement);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway + "api/v1/finance/networks/M50/bank-statements"))
                .header("Authorization", "Bearer " + TestTokens.forUser("m50-treasurer"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(statement)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath echo = new JsonPath(response.body());
        assertThat(echo.getLong("bodyLength")).isEqualTo(statement.length);
        assertThat(echo.getString("bodySha256")).isEqualTo(EchoBackends.sha256(statement));
        assertThat(echo.getList("headers.transfer-encoding", String.class)).containsExactly("chunked");
    }

    @Test
    void aBinaryDownloadKeepsItsBytesAndHeaders() {
        int size = 5 * 1024 * 1024 + 3;
        Response response = given().auth().oauth2(TestTokens.forUser("m50-treasurer"))
                .get("/api/v1/finance/downloads/" + size);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"Jaarrekening 2026.pdf\"");
        byte[] body = response.asByteArray();
        assertThat(body.length).isEqualTo(size);
        assertThat(EchoBackends.sha256(body)).isEqualTo(EchoBackends.sha256(EchoBackends.downloadBytes(size)));
    }

    @Test
    void aCalendarFeedKeepsItsContentTypeAndText() {
        Response response = given().get("/api/v1/events/calendar.ics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/calendar; charset=utf-8");
        assertThat(new String(response.asByteArray(), StandardCharsets.UTF_8)).isEqualTo(EchoBackends.CALENDAR);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithAProblem() throws Exception {
        RawHttp.Answer answer = RawHttp.send(gateway, "POST", "/api/v1/events/events/42/documents",
                "Content-Type: application/pdf\r\nContent-Length: " + (22 * 1024 * 1024) + "\r\n", new byte[0], false);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
