-- events-service's own view of member-service's data, built from member-events (never asked synchronously):
-- which municipalities exist (by id and CBS code, as an official's token names them) and which are members of
-- which network.
create table municipality (
    id          uuid primary key,
    cbs_code    varchar(6),
    name        varchar(200) not null,
    merged_into uuid,
    merged_on   date
);
create index municipality_by_cbs_code on municipality (cbs_code);

-- joined_on null: a merger ended the membership before its join reached this service (another partition).
create table membership (
    id              uuid primary key,
    network         varchar(10) not null,
    municipality_id uuid        not null references municipality (id),
    joined_on       date,
    ended_on        date
);
create index membership_by_municipality on membership (municipality_id);

-- A meeting of one network, or of a partner for several networks (the Platform31 webinar "in cooperation with
-- G40 and M50"). networks: the network codes, sorted, comma-separated ("G40,M50"); network: the first, whose
-- secretariat organises it unless a partner does (organised_by: the partner's account, which manages it).
-- Times are instants; the API shows them in Europe/Amsterdam. sequence counts the changes a calendar client
-- must pick up (iCalendar SEQUENCE).
create table event (
    id                    uuid primary key,
    network               varchar(10)  not null,
    networks              varchar(120) not null,
    partner               varchar(200),
    organised_by          varchar(200),
    kind                  varchar(30)  not null check (kind in ('GENERAL_ASSEMBLY', 'PILLAR_MEETING', 'THEME_SESSION',
                                                             'WEBINAR', 'CONTACT_OFFICIALS_MEETING', 'BOARD_MEETING',
                                                             'MINISTRY_MEETING', 'NETWORK_DRINKS')),
    title                 varchar(200) not null,
    description           varchar(4000),
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    place                 varchar(300),
    online_link           varchar(500),
    pillar                varchar(100),
    theme                 varchar(200),
    audience              varchar(10)  not null check (audience in ('PUBLIC', 'MEMBERS', 'BOARD')),
    capacity              integer check (capacity > 0),
    registration_deadline timestamptz,
    status                varchar(10)  not null check (status in ('PLANNED', 'OPEN', 'CLOSED', 'HELD', 'CANCELLED')),
    sequence              integer      not null default 0,
    last_number           bigint       not null default 0,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    check (ends_at > starts_at),
    check (registration_deadline is null or registration_deadline <= starts_at),
    check (place is not null or online_link is not null)
);
create index event_by_network_and_start on event (network, starts_at);

-- A part of an event with its own seats: a theme session, a pillar meeting after the assembly, a breakout group.
create table event_session (
    id        uuid primary key,
    event_id  uuid         not null references event (id),
    title     varchar(200) not null,
    starts_at timestamptz  not null,
    ends_at   timestamptz  not null,
    place     varchar(300),
    capacity  integer check (capacity > 0),
    check (ends_at > starts_at)
);
create index event_session_by_event on event_session (event_id);

-- A person registered for an event (and optionally one of its sessions): an official of a member municipality
-- (municipality_id) or a guest the organiser invited by e-mail (no municipality). number: the order in which
-- registrations of the event came in (the event's last_number, under the event's row lock), which is the order
-- of the waiting list. A cancelled registration is kept (reason and when); so is attendance (checked_in_at).
create table registration (
    id              uuid primary key,
    event_id        uuid         not null references event (id),
    session_id      uuid references event_session (id),
    number          bigint       not null,
    municipality_id uuid references municipality (id),
    name            varchar(200) not null,
    email           varchar(254) not null,
    status          varchar(10)  not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    registered_by   varchar(200) not null,
    registered_at   timestamptz  not null,
    confirmed_at    timestamptz,
    cancelled_at    timestamptz,
    cancel_reason   varchar(20) check (cancel_reason in ('BY_REGISTRANT', 'BY_ORGANISER', 'MEMBERSHIP_ENDED')),
    checked_in_at   timestamptz,
    unique (event_id, number),
    check ((status = 'CANCELLED') = (cancelled_at is not null)),
    check (checked_in_at is null or status = 'CONFIRMED')
);
-- One live registration per e-mail address per event.
create unique index registration_once_per_email on registration (event_id, lower(email)) where status <> 'CANCELLED';
create index registration_by_event_status on registration (event_id, status, number);
create index registration_by_municipality on registration (municipality_id);
