-- Names that differ only in case, accents or apostrophes ('s-Hertogenbosch, ’s Hertogenbosch) are
-- one municipality: uniqueness moves from lower(name) to the search key.
alter table municipality alter column name_key set not null;
alter table municipality alter column name_sort_key set not null;
drop index municipality_name_unique;
create unique index municipality_name_key_unique on municipality (name_key);
create index municipality_name_sort_key on municipality (name_sort_key);

alter table person alter column name_key set not null;
alter table person alter column last_name_sort_key set not null;
create index person_last_name_sort_key on person (last_name_sort_key);
