-- Shared by every service (service-commons). Versions below 1 so that they run before the
-- service's own migrations.

-- Transactional outbox: written in the same transaction as the change it announces,
-- published to Kafka by OutboxRelay, then marked.
create table outbox_event (
    id             uuid primary key,
    position       bigint generated always as identity unique,
    topic          varchar(200) not null,
    event_type     varchar(200) not null,
    source         varchar(200) not null,
    subject        varchar(200) not null,
    payload        text         not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Idempotent consumers: one row per event a consumer has applied, written with the effect.
create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);
