-- A network's budget (begroting) for a year, in versions: version 1 is the budget, later versions amend it
-- (begrotingswijziging). A version is drafted, proposed and adopted by a general assembly; an adopted version is
-- never edited: an amendment is a new version that, once adopted, supersedes it. Money in numeric columns.
create table budget (
    id                      uuid primary key,
    network                 varchar(10)  not null,
    year                    integer      not null check (year between 1900 and 2199),
    version                 integer      not null check (version >= 1),
    status                  varchar(20)  not null check (status in ('DRAFT', 'PROPOSED', 'ADOPTED', 'SUPERSEDED')),
    amends_budget_id        uuid references budget (id),
    superseded_by_budget_id uuid references budget (id),
    created_on              date         not null,
    proposed_on             date,
    meeting_name            varchar(200),
    meeting_date            date,
    decided_by              varchar(200),
    adoption_recorded_by    varchar(200),
    unique (network, year, version),
    check ((version = 1) = (amends_budget_id is null)),
    -- adopted (and later superseded) versions carry the decision; drafts and proposals do not
    check ((status in ('ADOPTED', 'SUPERSEDED')) = (meeting_date is not null and meeting_name is not null and decided_by is not null))
);
-- One adopted version per network and year, and at most one being worked on (a draft or a proposal).
create unique index budget_one_adopted on budget (network, year) where status = 'ADOPTED';
create unique index budget_one_open on budget (network, year) where status in ('DRAFT', 'PROPOSED');

create table budget_line (
    id        uuid primary key,
    budget_id uuid           not null references budget (id),
    position  integer        not null,
    code      varchar(40)    not null,
    name      varchar(200)   not null,
    kind      varchar(10)    not null check (kind in ('INCOME', 'EXPENSE')),
    amount    numeric(14, 2) not null check (amount >= 0),
    unique (budget_id, position),
    unique (budget_id, code)
);

-- The bills the network pays (Platform31, the lobby bureau, the secretariat, communication), each booked on a
-- line of the network's budget of the bill's year (by code, the same in every version of that budget).
create table bill (
    id                 uuid primary key,
    network            varchar(10)    not null,
    year               integer        not null,
    supplier           varchar(200)   not null,
    supplier_reference varchar(100),
    description        text           not null,
    amount_excl_vat    numeric(14, 2) not null check (amount_excl_vat > 0),
    amount_incl_vat    numeric(14, 2) not null check (amount_incl_vat >= amount_excl_vat),
    bill_date          date           not null,
    due_date           date           not null check (due_date >= bill_date),
    budget_line        varchar(40)    not null,
    status             varchar(20)    not null check (status in ('RECEIVED', 'APPROVED', 'PAID')),
    received_by        varchar(200)   not null,
    approved_on        date,
    approved_by        varchar(200),
    paid_on            date,
    check (year = extract(year from bill_date)),
    check ((status in ('APPROVED', 'PAID')) = (approved_on is not null)),
    check ((status = 'PAID') = (paid_on is not null))
);
-- A supplier's invoice is entered once.
create unique index bill_once on bill (network, lower(supplier), supplier_reference) where supplier_reference is not null;
create index bill_by_network_year on bill (network, year, budget_line);
