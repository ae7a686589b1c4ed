-- Shared by every service (service-commons). Repeatable, so that it runs (again) after the versioned
-- migrations whenever it changes, also on databases that are already past V0_1.

-- Wakes the outbox relay when a transaction that wrote outbox rows commits: PostgreSQL delivers a
-- NOTIFY only on commit (never for a rolled-back transaction) and sends identical notifications of
-- one transaction once, so a transaction that records 50,000 events still signals once.
-- OutboxRelay LISTENs on this channel; its timer remains as a safety net.
create or replace function outbox_event_notify() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

drop trigger if exists outbox_event_notify on outbox_event;
create trigger outbox_event_notify
    after insert on outbox_event
    for each statement execute function outbox_event_notify();
