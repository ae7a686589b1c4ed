-- The notice rule of a network, stated in data: notice received before notice_deadline (MM-DD) takes
-- effect on notice_takes_effect (MM-DD) of the next year. Null: the network states no rule.
alter table network add column notice_deadline varchar(5);
alter table network add column notice_takes_effect varchar(5);

-- Why a membership ended (NOTICE, DECLINED, MERGED, ...); null while it runs.
alter table membership add column end_reason varchar(20);
alter table membership_status_change add column reason varchar(20);

-- A municipal merger (herindeling): the municipalities that merged into a successor on a date.
create table municipal_merger (
    id           uuid primary key,
    successor_id uuid        not null references municipality (id),
    merged_on    date        not null,
    recorded_at  timestamptz not null,
    recorded_by  varchar(200)
);

-- A municipality merges once; the link to its successor is kept on the municipality for both directions.
alter table municipality add column merger_id uuid references municipal_merger (id);
alter table municipality add column merged_into uuid references municipality (id);
alter table municipality add column merged_on date;
create index municipality_merged_into on municipality (merged_into);
