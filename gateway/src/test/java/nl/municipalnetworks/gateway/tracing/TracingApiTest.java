package nl.municipalnetworks.gateway.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import nl.municipalnetworks.gateway.GatewayTestResource;
import nl.municipalnetworks.testsupport.TestTokens;
import nl.municipalnetworks.web.tracing.DiscardingSpanExporter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace goes on to the service: a W3C traceparent whose parent is the gateway's span for the request. No span leaves
 * the gateway unless an OTLP endpoint is set: web-commons' exporter stands in, as in the services (where
 * member-service's {@code TracingDefaultsTest} also checks that Quarkus's OTLP exporter is then not installed).
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class TracingApiTest {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[0-9a-f]");

    @Test
    void theServiceGetsATraceparentOfANewTraceWhenTheCallerSentNone() {
        Matcher first = traceparentAtTheService(given().get("/api/v1/members/networks/M50/members"));
        Matcher second = traceparentAtTheService(given().auth().oauth2(TestTokens.forUser("m50-secretariat"))
                .get("/api/v1/finance/invoices"));
        assertThat(first.group(1)).isNotEqualTo(second.group(1)).isNotEqualTo("0".repeat(32));
    }

    @Test
    void theCallersTraceGoesOnWithTheGatewaysSpanInBetween() {
        String traceId = randomHex(16);
        String callersSpan = randomHex(8);
        Matcher atService = traceparentAtTheService(given()
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01")
                .header("tracestate", "vendor=abc")
                .get("/api/v1/pillars/pillars"));
        assertThat(atService.group(1)).as("trace id").isEqualTo(traceId);
        assertThat(atService.group(2)).as("parent span: the gateway's, not the caller's").isNotEqualTo(callersSpan);
    }

    @Test
    void theCallersTraceStateGoesOnOnce() {
        JsonPath echo = given().header("traceparent", "00-" + randomHex(16) + "-" + randomHex(8) + "-01")
                .header("tracestate", "vendor=abc").header("baggage", "network=M50")
                .get("/api/v1/pillars/pillars").then().statusCode(200).extract().jsonPath();
        assertThat(echo.getList("headers.tracestate", String.class)).containsExactly("vendor=abc");
        assertThat(echo.getList("headers.baggage", String.class)).containsExactly("network=M50");
    }

    @Test
    void theOneSpanExporterIsWebCommonsDiscardingOne() {
        assertThat(Arc.container().beanManager().getBeans(SpanExporter.class, Any.Literal.INSTANCE))
                .extracting(Bean::getBeanClass).containsExactly(DiscardingSpanExporter.class);
    }

    @Test
    void theConsoleFormatPrintsTheTraceIdAndTheRequestIdAsTheServicesDo() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class))
                .contains("{%X{traceId} %X{requestId}}");
    }

    private static Matcher traceparentAtTheService(io.restassured.response.Response response) {
        JsonPath echo = response.then().statusCode(200).extract().jsonPath();
        List<String> traceparents = echo.getList("headers.traceparent", String.class);
        assertThat(traceparents).hasSize(1);
        Matcher matcher = TRACEPARENT.matcher(traceparents.get(0));
        assertThat(matcher.matches()).as(traceparents.get(0)).isTrue();
        return matcher;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
