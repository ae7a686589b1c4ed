-- member-service keeps a join date it does not know as null (M50 members of before the register); so does the view.
alter table membership alter column joined_on drop not null;

-- A success story may stand without a theme (the 2019 agenda names some only by municipality).
alter table showcase alter column theme_id drop not null;
create index showcase_by_network on showcase (network, published_on);

-- Ministries, parliament committees, Aedes, FNV, VNG, the police: whom a network lobbies or works with.
create table stakeholder (
    id          uuid primary key,
    network     varchar(10)  not null,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    description text,
    unique (network, name)
);

-- Contact persons at a stakeholder: personal data, shown only to those who work in the network.
create table stakeholder_contact (
    id             uuid primary key,
    stakeholder_id uuid         not null references stakeholder (id),
    name           varchar(200) not null,
    job_title      varchar(200),
    email          varchar(254),
    phone          varchar(30)
);
create index stakeholder_contact_by_stakeholder on stakeholder_contact (stakeholder_id);

-- Lobby lines, messages and position papers of a pillar. A position paper has a deadline and serves a
-- parliamentary moment (a committee debate, the budget, the spring memorandum).
create table lobby_item (
    id                   uuid primary key,
    network              varchar(10)  not null,
    pillar_id            uuid         not null references pillar (id),
    kind                 varchar(20)  not null,
    title                varchar(300) not null,
    body                 text,
    status               varchar(20)  not null,
    deadline             date,
    parliamentary_moment varchar(300),
    check (kind <> 'POSITION_PAPER' or deadline is not null)
);
create index lobby_item_by_deadline on lobby_item (network, deadline);

create table lobby_item_stakeholder (
    lobby_item_id  uuid not null references lobby_item (id),
    stakeholder_id uuid not null references stakeholder (id),
    primary key (lobby_item_id, stakeholder_id)
);

-- A pillar's plan for a year: the focus of each half year and its priorities, in order.
create table year_plan (
    id                 uuid primary key,
    network            varchar(10) not null,
    pillar_id          uuid        not null references pillar (id),
    year               integer     not null,
    focus_first_half   text,
    focus_second_half  text,
    unique (pillar_id, year)
);

create table year_plan_priority (
    id           uuid primary key,
    year_plan_id uuid         not null references year_plan (id),
    position     integer      not null,
    description  varchar(1000) not null,
    unique (year_plan_id, position)
);

create table year_plan_goal (
    id           uuid primary key,
    year_plan_id uuid          not null references year_plan (id),
    position     integer       not null,
    description  varchar(1000) not null,
    unique (year_plan_id, position)
);

-- The seeds evaluate year plans in July and November: one evaluation of a goal per day it was evaluated.
create table goal_evaluation (
    id           uuid primary key,
    goal_id      uuid        not null references year_plan_goal (id),
    evaluated_on date        not null,
    outcome      varchar(20) not null,
    remarks      text,
    unique (goal_id, evaluated_on)
);
