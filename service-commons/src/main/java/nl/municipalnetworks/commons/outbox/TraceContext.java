package nl.municipalnetworks.commons.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of the transaction that recorded an
 * event, kept in the outbox row. The relay publishes later, outside that request, and continues the
 * trace from here, so the Kafka record and its consumers belong to the request that caused the event.
 */
record TraceContext(String traceparent, String tracestate) {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    /** The current context; both fields null when there is no valid span (nothing is traced). */
    static TraceContext current() {
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        return new TraceContext(headers.get(TRACEPARENT), headers.get(TRACESTATE));
    }

    /** The recorded context as a parent for the spans of publishing; the root context if none was recorded. */
    Context toContext() {
        Map<String, String> headers = new HashMap<>();
        if (traceparent != null) {
            headers.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            headers.put(TRACESTATE, tracestate);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, MAP_GETTER);
    }

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
}
