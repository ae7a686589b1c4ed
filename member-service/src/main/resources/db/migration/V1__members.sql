create table network (
    code            varchar(20) primary key,
    name            varchar(200) not null,
    description     text,
    growth_baseline integer,
    growth_target   integer
);

create table partner (
    id          uuid primary key,
    name        varchar(200) not null unique,
    description text
);

create table partner_network (
    partner_id   uuid        not null references partner (id),
    network_code varchar(20) not null references network (code),
    primary key (partner_id, network_code)
);

create table municipality (
    id       uuid primary key,
    cbs_code varchar(6) unique,
    name     varchar(200) not null,
    province varchar(40),
    cluster  varchar(40),
    version  bigint      not null default 0
);
create unique index municipality_name_unique on municipality (lower(name));

-- CBS count of inhabitants per reference date (peildatum): one count per date, never overwritten.
create table population_count (
    id              uuid primary key,
    municipality_id uuid    not null references municipality (id),
    reference_date  date    not null,
    inhabitants     integer not null check (inhabitants > 0),
    source          varchar(200),
    recorded_at     timestamptz not null,
    unique (municipality_id, reference_date)
);

create table membership (
    id                 uuid primary key,
    network_code       varchar(20) not null references network (code),
    municipality_id    uuid        not null references municipality (id),
    status             varchar(20) not null,
    joined_on          date,
    notice_given_on    date,
    ends_on            date,
    recruitment_status varchar(20),
    recruitment_owner  varchar(200),
    version            bigint      not null default 0,
    created_at         timestamptz not null
);
-- At most one membership that has not ended per municipality and network; ended ones stay as history.
create unique index membership_one_open on membership (network_code, municipality_id) where status <> 'ENDED';
create index membership_network_status on membership (network_code, status);

-- Every status a membership has had, with the date it took effect.
create table membership_status_change (
    id             uuid primary key,
    membership_id  uuid        not null references membership (id),
    from_status    varchar(20),
    to_status      varchar(20) not null,
    effective_on   date,
    changed_at     timestamptz not null,
    changed_by     varchar(200)
);
create index membership_status_change_membership on membership_status_change (membership_id);

create table recruitment_note (
    id            uuid primary key,
    membership_id uuid        not null references membership (id),
    author        varchar(200),
    text          text        not null,
    written_at    timestamptz not null
);

create table person (
    id              uuid primary key,
    municipality_id uuid references municipality (id),
    first_name      varchar(100) not null,
    last_name       varchar(150) not null,
    role            varchar(40),
    email           varchar(254),
    phone           varchar(40),
    version         bigint not null default 0
);
create index person_municipality on person (municipality_id);

-- The contact official (contactambtenaar) of a municipality in a network; history kept, one current.
create table contact_official (
    id              uuid primary key,
    network_code    varchar(20) not null references network (code),
    municipality_id uuid        not null references municipality (id),
    person_id       uuid        not null references person (id),
    since           timestamptz not null,
    until           timestamptz
);
create unique index contact_official_one_current on contact_official (network_code, municipality_id) where until is null;

create table board_position (
    id           uuid primary key,
    network_code varchar(20) not null references network (code),
    person_id    uuid        not null references person (id),
    position     varchar(20) not null,
    portfolio    varchar(200),
    starts_on    date,
    ends_on      date
);

create table vng_committee_seat (
    id           uuid primary key,
    network_code varchar(20) not null references network (code),
    person_id    uuid        not null references person (id),
    committee    varchar(200) not null,
    starts_on    date,
    ends_on      date
);
