package nl.municipalnetworks.member.commons;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.municipalnetworks.testsupport.RealServersResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static nl.municipalnetworks.member.MemberApi.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id (X-Request-Id, set by the gateway) in the log records the service writes while it handles the
 * request: here the SQL statements Hibernate Reactive sends on the request's behalf (its DEBUG category), written deep
 * inside the reactive pipeline, after the authentication and the resource method.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class RequestIdLoggingTest {

    private static final String SQL = "org.hibernate.SQL";

    @Test
    void theLogRecordsOfARequestCarryItsRequestIdAndTheAnswerTooAndNoOtherRequestsId() {
        String first = "abc-123." + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String second = "abc-456." + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        try (LogCapture logs = LogCapture.withDebugOf(SQL)) {
            as("m50-secretariat").header("X-Request-Id", first).get("/v1/municipalities?name=Utrecht")
                    .then().statusCode(200).header("X-Request-Id", first);
            List<LogCapture.Line> ofFirst = linesWith(logs, first);
            assertThat(ofFirst).as("SQL log records of the first request").isNotEmpty()
                    .anyMatch(line -> line.message().toLowerCase().contains("municipalit"));

            as("m50-secretariat").header("X-Request-Id", second).get("/v1/municipalities?name=Utrecht")
                    .then().statusCode(200).header("X-Request-Id", second);
            assertThat(linesWith(logs, second)).as("SQL log records of the second request").isNotEmpty();
            assertThat(linesWith(logs, first)).as("the first request's id stays with the first request")
                    .hasSameSizeAs(ofFirst);
        }
    }

    @Test
    void aRequestWithoutASaneIdGetsANewOneInItsLogAndItsAnswer() {
        try (LogCapture logs = LogCapture.withDebugOf(SQL)) {
            String given = as("m50-secretariat").header("X-Request-Id", "two words").get("/v1/municipalities")
                    .then().statusCode(200).extract().header("X-Request-Id");
            assertThat(UUID.fromString(given).toString()).isEqualTo(given);
            assertThat(linesWith(logs, given)).isNotEmpty();
            assertThat(logs.lines()).noneMatch(line -> "two words".equals(line.requestId()));

            String none = given().get("/v1/networks").then().statusCode(200).extract().header("X-Request-Id");
            assertThat(UUID.fromString(none).toString()).isEqualTo(none);
        }
    }

    @Test
    void theConsoleFormatPrintsTheRequestId() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class))
                .contains("%X{requestId}").contains("%X{traceId}");
    }

    private static List<LogCapture.Line> linesWith(LogCapture logs, String requestId) {
        return logs.linesOf(SQL).stream().filter(line -> requestId.equals(line.requestId())).toList();
    }
}
