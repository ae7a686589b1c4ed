-- Search and sort keys of names (see DutchNames): computed in Java on every write, so that the
-- database, the API filters and the CSV import apply one rule. V3 (a Java migration) fills them for
-- the rows that exist already; V4 makes them required and unique.
alter table municipality add column name_key      varchar(200);
alter table municipality add column name_sort_key varchar(200);
alter table person add column name_key           varchar(260);
alter table person add column last_name_sort_key varchar(150);
