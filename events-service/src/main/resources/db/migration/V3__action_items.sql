-- An action item from a meeting: what is to be done (description), by whom (owner: a person's name and e-mail,
-- optionally the member municipality or pillar they act for), by when (due_date, a Dutch calendar day) and
-- whether it is OPEN, DONE or CANCELLED. network: the event's host network, whose secretariat keeps the items;
-- kept on the row so that the open items of a network are one indexed query.
create table action_item (
    id                       uuid primary key,
    event_id                 uuid          not null references event (id),
    network                  varchar(10)   not null,
    description              varchar(1000) not null,
    owner_name               varchar(200)  not null,
    owner_email              varchar(254)  not null,
    owner_municipality_id    uuid references municipality (id),
    owner_pillar             varchar(100),
    due_date                 date          not null,
    status                   varchar(10)   not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null
);
create index action_item_by_network_status_due on action_item (network, status, due_date);
create index action_item_by_event on action_item (event_id);
