-- pillar-service's own view of member-service's data, built from member-events (never asked synchronously).
create table municipality (
    id          uuid primary key,
    cbs_code    varchar(6),
    name        varchar(200) not null,
    merged_into uuid,
    merged_on   date
);

create table membership (
    id              uuid primary key,
    network         varchar(10) not null,
    municipality_id uuid        not null references municipality (id),
    joined_on       date        not null,
    ended_on        date
);
create index membership_by_municipality on membership (municipality_id);

-- Names only: contact details stay in member-service.
create table person (
    id              uuid primary key,
    municipality_id uuid,
    first_name      varchar(100) not null,
    last_name       varchar(150) not null
);

create table pillar (
    id          uuid primary key,
    network     varchar(10)  not null,
    code        varchar(60)  not null,
    name        varchar(200) not null,
    description text,
    valid_from  date         not null,
    valid_to    date,
    unique (network, code),
    check (valid_to is null or valid_to >= valid_from)
);

-- Who held which role in a pillar, when. to_date null: holds it now.
create table pillar_role (
    id        uuid primary key,
    pillar_id uuid        not null references pillar (id),
    role      varchar(20) not null,
    person_id uuid        not null references person (id),
    from_date date        not null,
    to_date   date,
    check (to_date is null or to_date >= from_date)
);
-- One chair (and one vice-chair) at a time, also under concurrent requests.
create unique index pillar_role_one_current on pillar_role (pillar_id, role)
    where to_date is null and role in ('CHAIR', 'VICE_CHAIR');

create table theme (
    id          uuid primary key,
    network     varchar(10)  not null,
    code        varchar(60)  not null,
    pillar_id   uuid references pillar (id),
    name        varchar(200) not null,
    description text,
    unique (network, code)
);

-- "Duurzaamheid touches Woningmarkt": stored once per pair (lower id first), read both ways.
create table theme_reference (
    theme_id       uuid not null references theme (id),
    other_theme_id uuid not null references theme (id),
    primary key (theme_id, other_theme_id),
    check (theme_id < other_theme_id)
);
create index theme_reference_other on theme_reference (other_theme_id);

create table participation (
    id              uuid primary key,
    network         varchar(10) not null,
    municipality_id uuid        not null references municipality (id),
    pillar_id       uuid references pillar (id),
    theme_id        uuid references theme (id),
    official_id     uuid        not null references person (id),
    supporter_id    uuid references person (id),
    started_on      date        not null,
    ended_on        date,
    end_reason      varchar(30),
    moved_from      uuid references municipality (id),
    check ((pillar_id is null) <> (theme_id is null))
);
create unique index participation_one_current on participation (municipality_id, coalesce(pillar_id, theme_id))
    where ended_on is null;
create index participation_by_municipality on participation (municipality_id);

create table activity (
    id                uuid primary key,
    network           varchar(10)  not null,
    theme_id          uuid         not null references theme (id),
    kind              varchar(30)  not null,
    title             varchar(300) not null,
    description       text,
    target_number     integer,
    target_unit       varchar(100),
    status            varchar(20)  not null,
    target_reached_on date,
    check (target_number is null or target_number > 0)
);

create table activity_participant (
    activity_id     uuid not null references activity (id),
    municipality_id uuid not null references municipality (id),
    since           date not null,
    primary key (activity_id, municipality_id)
);

create table showcase (
    id              uuid primary key,
    network         varchar(10)  not null,
    theme_id        uuid         not null references theme (id),
    municipality_id uuid         not null references municipality (id),
    title           varchar(300) not null,
    story           text         not null,
    published_on    date
);
