-- The invoices of the yearly contribution run: one per payer per fee scheme (and agreement, if any) per year,
-- from the scheme's collector (the seller) to the payer. Money in numeric columns, never floating point.
create table invoice (
    id                    uuid primary key,
    network               varchar(10)    not null,
    number                varchar(11)    not null,
    seller                varchar(200)   not null,
    year                  integer        not null,
    fee_scheme_id         uuid           not null references fee_scheme (id),
    agreement_id          uuid references agreement (id),
    payer_municipality_id uuid           not null references municipality (id),
    payer_cbs_code        varchar(6),
    payer_name            varchar(200)   not null,
    status                varchar(20)    not null check (status in ('DRAFT', 'ISSUED', 'PARTLY_PAID', 'PAID', 'OVERDUE', 'CREDITED')),
    issue_date            date           not null,
    net_total             numeric(14, 2) not null,
    vat_total             numeric(14, 2) not null,
    total                 numeric(14, 2) not null,
    check (total = net_total + vat_total),
    unique (seller, number)
);
-- A run invoices each (fee scheme, payer, agreement or none, year) once, however often it runs.
create unique index invoice_once on invoice (fee_scheme_id, payer_municipality_id,
    coalesce(agreement_id, '00000000-0000-0000-0000-000000000000'::uuid), year);
create index invoice_by_network_year on invoice (network, year);
create index invoice_by_payer on invoice (payer_municipality_id);

create table invoice_line (
    id             uuid primary key,
    invoice_id     uuid           not null references invoice (id),
    position       integer        not null,
    description    text           not null,
    quantity       numeric(14, 4) not null,
    unit           varchar(20)    not null,
    unit_price     numeric(14, 6) not null,
    base_quantity  numeric(14, 4) not null,
    net_amount     numeric(14, 2) not null,
    vat_category   varchar(30)    not null,
    vat_percent    numeric(5, 2)  not null,
    unique (invoice_id, position)
);

-- The last invoice number per seller and year, taken in the invoice's own transaction (the row stays locked
-- until it commits), so that numbers are gapless and never given twice.
create table invoice_number_counter (
    seller      varchar(200) not null,
    year        integer      not null,
    last_number integer      not null check (last_number >= 0),
    primary key (seller, year)
);
