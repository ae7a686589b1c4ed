-- The audit trail: one row per write (POST, PUT, PATCH, DELETE) that reached the gateway, whatever its answer.
-- No tokens, cookies, bodies or query strings: who (verified token claims only), what (method and path), the answer.
create table audit_record (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    request_id  varchar(128) not null,
    method      varchar(10)  not null,
    path        varchar(2048) not null,
    status      smallint     not null,
    subject     varchar(255),
    username    varchar(255),
    client_id   varchar(255),
    network     varchar(20)
);

-- The query API filters by time (always sorted by it) and a board by its network; the purge deletes by time.
create index audit_record_occurred_at on audit_record (occurred_at, id);
create index audit_record_network_occurred_at on audit_record (network, occurred_at, id);
