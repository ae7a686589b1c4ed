-- The general assembly's adoption (vaststelling) of a network's annual accounts (jaarrekening) of a year: once per
-- network and year, once per decision (events-service's decision id, or the one the treasurer's request gave or got).
-- From then on the books of that year are closed: finance-service refuses bills, payments, credit notes and
-- contribution runs that would change them (accounts.ClosedYears).
create table annual_accounts_adoption (
    id               uuid primary key,
    network          varchar(10)  not null,
    year             integer      not null check (year between 1900 and 2199),
    -- the day of the meeting (Europe/Amsterdam): the accounts of a year are adopted once it has ended
    adopted_on       date         not null check (extract(year from adopted_on) > year),
    meeting_event_id uuid,
    meeting_title    varchar(200) not null,
    decision_id      uuid         not null unique,
    decided_by       varchar(200) not null,
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz  not null,
    unique (network, year)
);
