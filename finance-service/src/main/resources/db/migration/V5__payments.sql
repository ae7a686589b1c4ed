-- Payments, bank statements, reminders and credit notes (issue 8).

-- What has been paid on an invoice: the sum of the parts of payments applied to it (never more than its total;
-- what a payer pays beyond that stays on the payment as the payer's credit). The yearly run inserts invoices
-- without it (InvoiceWriter): the default is nothing paid.
alter table invoice add column paid_amount numeric(14, 2) not null default 0;
alter table invoice add check (paid_amount >= 0 and paid_amount <= total);

-- A credited invoice is no longer the contribution's invoice: the next run may issue a fresh one for the same
-- (fee scheme, payer, agreement, year). One live (not credited) invoice per contribution, as before.
drop index invoice_once;
create unique index invoice_once on invoice (fee_scheme_id, payer_municipality_id,
    coalesce(agreement_id, '00000000-0000-0000-0000-000000000000'::uuid), year) where status <> 'CREDITED';

-- One import of a camt.053 bank statement: whose account it is of, and who imported it when. Its payments refer
-- to it. seller: the seller (collector) whose account the statement is of, when the treasurer named it; later
-- statements of the same account take it from here.
create table bank_statement (
    id             uuid primary key,
    network        varchar(10)  not null,
    statement_id   varchar(35)  not null,
    account        varchar(34)  not null,
    seller         varchar(200),
    message_id     varchar(35),
    imported_at    timestamptz  not null,
    imported_by    varchar(200) not null
);
create index bank_statement_by_account on bank_statement (account, imported_at);

-- A payment received: registered by hand or imported from a bank statement. When matched to an invoice,
-- applied_amount of it pays the invoice and credit_amount is what was paid beyond the invoice's open amount (the
-- payer's credit); both are zero while it is unmatched. payer_cbs_code is the matched invoice's payer (a member
-- official reads its own municipality's payments).
create table payment (
    id                    uuid primary key,
    network               varchar(10)    not null,
    source                varchar(20)    not null check (source in ('MANUAL', 'BANK_STATEMENT')),
    bank_statement_id     uuid references bank_statement (id),
    -- the bank's identity of the entry: account + AcctSvcrRef (or statement id + entry number); importing the
    -- same entry again finds it here
    entry_key             varchar(300),
    received_on           date           not null,
    amount                numeric(14, 2) not null check (amount > 0),
    payer_name            varchar(200),
    payer_account         varchar(34),
    account               varchar(34),
    seller                varchar(200),
    reference             text,
    invoice_id            uuid references invoice (id),
    payer_municipality_id uuid,
    payer_cbs_code        varchar(6),
    applied_amount        numeric(14, 2) not null default 0 check (applied_amount >= 0),
    credit_amount         numeric(14, 2) not null default 0 check (credit_amount >= 0),
    matched_by            varchar(20) check (matched_by in ('REFERENCE', 'INVOICE_ID', 'BY_HAND')),
    matched_at            timestamptz,
    matched_by_user       varchar(200),
    unmatched_reason      text,
    registered_at         timestamptz    not null,
    registered_by         varchar(200)   not null,
    check ((invoice_id is null and applied_amount = 0 and credit_amount = 0 and matched_by is null)
        or (invoice_id is not null and applied_amount + credit_amount = amount and matched_by is not null))
);
create unique index payment_once on payment (entry_key) where entry_key is not null;
create index payment_by_network on payment (network, received_on);
create index payment_by_invoice on payment (invoice_id);
create index payment_unmatched on payment (network) where invoice_id is null;
create index payment_by_payer on payment (payer_municipality_id);

-- A reminder sent about an overdue invoice (overdue.ReminderSchedule: first, second, then referred to the board):
-- each step once per invoice, who recorded it and when.
create table invoice_reminder (
    id          uuid primary key,
    invoice_id  uuid         not null references invoice (id),
    step        varchar(30)  not null check (step in ('FIRST_REMINDER', 'SECOND_REMINDER', 'REFERRED_TO_BOARD')),
    sent_on     date         not null,
    recorded_by varchar(200) not null,
    recorded_at timestamptz  not null,
    unique (invoice_id, step)
);

-- A credit note cancels one invoice in full. Its number comes from the seller's invoice sequence
-- (invoice_number_counter), so invoices and credit notes of a seller are numbered together without gaps; the
-- amounts are the invoice's, negated.
create table credit_note (
    id                    uuid primary key,
    network               varchar(10)    not null,
    number                varchar(11)    not null,
    seller                varchar(200)   not null,
    invoice_id            uuid           not null unique references invoice (id),
    payer_municipality_id uuid           not null,
    payer_cbs_code        varchar(6),
    payer_name            varchar(200)   not null,
    issue_date            date           not null,
    reason                text           not null,
    net_total             numeric(14, 2) not null,
    vat_total             numeric(14, 2) not null,
    total                 numeric(14, 2) not null check (total <= 0),
    paid_on_invoice       numeric(14, 2) not null,
    issued_by             varchar(200)   not null,
    issued_at             timestamptz    not null,
    check (total = net_total + vat_total),
    unique (seller, number)
);
create index credit_note_by_network on credit_note (network, issue_date);
