-- Decisions of a general assembly, recorded by the secretariat of the event's host network ("Begroting 2026
-- vastgesteld"). For BUDGET_ADOPTED: the budget finance-service adopts (network and year, optionally the version).
create table decision (
    id             uuid primary key,
    event_id       uuid         not null references event (id),
    kind           varchar(30)  not null check (kind in ('BUDGET_ADOPTED', 'ANNUAL_ACCOUNTS_ADOPTED', 'OTHER')),
    text           varchar(2000) not null,
    budget_network varchar(10),
    budget_year    integer,
    budget_id      uuid,
    decided_on     date         not null,
    decided_by     varchar(200) not null,
    recorded_by    varchar(200),
    recorded_at    timestamptz  not null,
    check (kind <> 'BUDGET_ADOPTED' or (budget_network is not null and budget_year is not null))
);
create index decision_by_event on decision (event_id, decided_on);
