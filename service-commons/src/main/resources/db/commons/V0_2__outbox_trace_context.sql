-- Shared by every service (service-commons). The W3C trace context of the transaction that recorded
-- the event, so that the relay publishes it within the same trace (OutboxRelay). Null for rows written
-- before tracing and for writes outside any trace; those are published in a trace of their own.
alter table outbox_event add column traceparent text;
alter table outbox_event add column tracestate  text;
