package nl.municipalnetworks.member.commons;

import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import nl.municipalnetworks.testsupport.RealServersResource;
import nl.municipalnetworks.web.tracing.DiscardingSpanExporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the configuration every service gets and no OTLP endpoint set, no span leaves the service:
 * Quarkus's OTLP exporter (which would send to localhost:4317 and log each failure) is not installed.
 * Quarkus marks "not installed" by its removable placeholder processor; this reads that internal
 * class, so a Quarkus upgrade that changes it fails here, where it should be looked at. The exporter that stands in is
 * web-commons' (through service-commons), found once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, initArgs = @ResourceArg(name = "database", value = "member"))
class TracingDefaultsTest {

    @Test
    void noSpanIsExportedUnlessAnEndpointIsConfigured() {
        List<SpanProcessor> otlp = Arc.container().select(SpanProcessor.class).handlesStream()
                .map(InstanceHandle::get)
                .filter(LateBoundSpanProcessor.class::isInstance)
                .toList();
        assertThat(otlp).as("Quarkus's OTLP span processors").isNotEmpty()
                .allMatch(RemoveableLateBoundSpanProcessor.class::isInstance);
    }

    @Test
    void theOneSpanExporterIsWebCommonsDiscardingOne() {
        assertThat(Arc.container().beanManager().getBeans(SpanExporter.class, Any.Literal.INSTANCE))
                .extracting(Bean::getBeanClass).containsExactly(DiscardingSpanExporter.class);
    }
}
