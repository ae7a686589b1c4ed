package nl.municipalnetworks.web.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Keeps spans inside the process (the gateway, a service) while no OTLP endpoint is configured. A bean of this jar,
 * found through its Jandex index: in the gateway directly, in the services through service-commons.
 *
 * <p>Quarkus exports spans over OTLP to {@code http://localhost:4317/} unless told otherwise, and
 * logs every failed attempt; an empty endpoint does not switch that off (quarkusio/quarkus#44200).
 * Quarkus does not install its own exporter when the application has a {@link SpanExporter} bean, so
 * this one stands in while both endpoint properties still have Quarkus's default: spans are made,
 * the W3C context propagates and trace ids reach the logs, but nothing leaves the process. Setting
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (see service-commons' microprofile-config.properties and the
 * gateway's application.properties),
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} or {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}
 * takes this bean out of the lookup, and Quarkus exports to that endpoint.
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = DiscardingSpanExporter.QUARKUS_DEFAULT_ENDPOINT,
        lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = DiscardingSpanExporter.QUARKUS_DEFAULT_ENDPOINT,
        lookupIfMissing = true)
public class DiscardingSpanExporter implements SpanExporter {

    /** The endpoint Quarkus falls back to, which it also treats as "not configured". */
    static final String QUARKUS_DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
