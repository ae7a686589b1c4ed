-- finance-service's own view of member-service's data, built from member-events (never asked synchronously):
-- municipalities, memberships and the CBS population counts that per-inhabitant fees are based on.
create table municipality (
    id          uuid primary key,
    cbs_code    varchar(6),
    name        varchar(200) not null,
    merged_into uuid,
    merged_on   date
);

-- joined_on null: a merger ended the membership before its join reached this service (another partition);
-- the join fills it in.
create table membership (
    id              uuid primary key,
    network         varchar(10) not null,
    municipality_id uuid        not null references municipality (id),
    joined_on       date,
    ended_on        date
);
create index membership_by_network on membership (network);
create index membership_by_municipality on membership (municipality_id);

-- One CBS count per municipality and reference date (peildatum); a later count for the same date replaces it.
create table population_count (
    municipality_id uuid   not null,
    reference_date  date   not null,
    inhabitants     bigint not null check (inhabitants > 0),
    primary key (municipality_id, reference_date)
);

-- What a payee charges: a flat amount per member (M50) or a rate per inhabitant on one reference date (G40 to
-- Platform31). payers: MEMBERS (every member of the network pays) or AGREEMENTS (only those with an agreement).
create table fee_scheme (
    id                        uuid primary key,
    network                   varchar(10)  not null,
    name                      varchar(200) not null,
    payers                    varchar(20)  not null check (payers in ('MEMBERS', 'AGREEMENTS')),
    payee                     varchar(200) not null,
    collector                 varchar(200) not null,
    collector_municipality_id uuid,
    valid_from                date         not null,
    valid_to                  date,
    basis                     varchar(20)  not null check (basis in ('FLAT_PER_MEMBER', 'PER_INHABITANT')),
    amount_per_year           numeric(12, 2),
    rate_per_inhabitant       numeric(12, 6),
    reference_date            date,
    vat                       varchar(20)  not null,
    mid_year_policy           varchar(20)  not null,
    check (valid_to is null or valid_to >= valid_from),
    check ((basis = 'FLAT_PER_MEMBER' and amount_per_year is not null and rate_per_inhabitant is null)
        or (basis = 'PER_INHABITANT' and rate_per_inhabitant is not null and reference_date is not null and amount_per_year is null))
);
create index fee_scheme_by_network on fee_scheme (network);

-- An agreement of a payer (a municipality) with the payee of a fee scheme. effective_end is computed by the
-- domain (Agreement.effectiveEnd: the term's end, or earlier by written notice) and stored for lists.
create table agreement (
    id                    uuid primary key,
    network               varchar(10)  not null,
    reference             varchar(200) not null,
    payer_municipality_id uuid         not null references municipality (id),
    fee_scheme_id         uuid         not null references fee_scheme (id),
    term_start            date         not null,
    term_end              date         not null,
    notice_given_on       date,
    notice_given_by       varchar(10) check (notice_given_by in ('PAYER', 'PAYEE')),
    effective_end         date         not null,
    check (term_end >= term_start),
    check (effective_end <= term_end)
);
create index agreement_by_network on agreement (network);
create index agreement_by_payer on agreement (payer_municipality_id);
