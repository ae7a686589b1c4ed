package nl.municipalnetworks.commons.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

import java.util.HashMap;
import java.util.Map;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of the transaction that recorded an
 * event, kept in the outbox row. The relay publishes later, outside that request, and puts it in the
 * record's headers, so the consumers of the record belong to the request that caused the event.
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
}
