-- The billing details of the legal parties that send and receive invoices, as an e-invoice (UBL, NLCIUS) needs
-- them. A party is found in two ways, matching how an invoice names its parties:
--   municipality_id: a municipality as finance-service knows it from member-events. A buyer is always one
--                    (invoice.payer_municipality_id); a seller too where a member collects (the fee scheme's
--                    collector_municipality_id, Meierijstad for M50);
--   collector_name:  the name a fee scheme gives its collector and an invoice its seller (invoice.seller), for a
--                    seller that is no municipality known here (Platform31).
-- A party may have both (Meierijstad: a member, and 'Gemeente Meierijstad' as collector); each is unique.
create table party (
    id              uuid primary key,
    municipality_id uuid references municipality (id),
    collector_name  varchar(200),
    legal_name      varchar(200) not null,
    street          varchar(200) not null,
    postcode        varchar(7)   not null,
    city            varchar(100) not null,
    country         varchar(2)   not null check (country = 'NL'),
    kvk_number      varchar(8)   not null,
    oin             varchar(20),
    vat_number      varchar(14),
    iban            varchar(34),
    bic             varchar(11),
    email           varchar(254) not null,
    peppol_scheme   varchar(4)   not null check (peppol_scheme in ('0106', '0190')),
    buyer_reference varchar(100),
    check (municipality_id is not null or collector_name is not null),
    check (peppol_scheme = '0106' or oin is not null)
);
create unique index party_by_municipality on party (municipality_id) where municipality_id is not null;
create unique index party_by_collector_name on party (collector_name) where collector_name is not null;
