-- Meeting documents (agendas, meeting papers, minutes, presentations) attached to an event, with the audience that
-- may read them (never wider than the event's). Every upload is a new version (1, 2, ...); earlier versions are kept.
-- The bytes live in this database (document_content, one row per version, apart from the metadata so that listing
-- never reads them): a backup of the service's database holds the documents. latest_version is raised under the
-- document row's lock, so that two uploads at once get different numbers. A withdrawn document is no longer listed
-- or served and its content is deleted; its row and versions stay for the downloads counted against them.
create table document (
    id             uuid primary key,
    event_id       uuid         not null references event (id),
    kind           varchar(20)  not null check (kind in ('AGENDA', 'MEETING_PAPER', 'MINUTES', 'PRESENTATION')),
    title          varchar(200) not null,
    audience       varchar(10)  not null check (audience in ('PUBLIC', 'MEMBERS', 'BOARD')),
    latest_version integer      not null check (latest_version > 0),
    created_by     varchar(200),
    created_at     timestamptz  not null,
    withdrawn_by   varchar(200),
    withdrawn_at   timestamptz
);
create index document_by_event on document (event_id, created_at);

create table document_version (
    id           uuid primary key,
    document_id  uuid          not null references document (id),
    number       integer       not null check (number > 0),
    file_name    varchar(255)  not null,
    content_type varchar(100)  not null,
    size         bigint        not null check (size > 0),
    sha256       char(64)      not null,
    uploaded_by  varchar(200),
    uploaded_at  timestamptz   not null,
    unique (document_id, number)
);

create table document_content (
    version_id uuid primary key references document_version (id),
    content    bytea not null
);

-- Every download of a version, for reach: the municipality the caller is an official of (null for anyone else:
-- the secretariat, the board, a partner, an anonymous reader of a public document), the user name (null when
-- anonymous) and when. Downloads per member per year come from here (DocumentDownloadRepository).
create table document_download (
    id              uuid primary key,
    document_id     uuid        not null references document (id),
    version         integer     not null,
    municipality_id uuid references municipality (id),
    user_name       varchar(200),
    downloaded_at   timestamptz not null
);
create index document_download_by_time on document_download (downloaded_at, municipality_id);
