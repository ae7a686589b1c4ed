-- Province and Platform31 cluster of a municipality, as member-service announces them (municipality-registered,
-- municipality-changed); null while unknown. They place registrants in breakout groups and count reach.
alter table municipality add column province varchar(40);
alter table municipality add column cluster varchar(60);

-- A breakout group for one Platform31 cluster (the webinar "split into seven groups, one per cluster"): every
-- registrant of a municipality in that cluster is placed in it. placed_by_rule on a registration: placed in a
-- group by the rule for registrants without a cluster (breakout.BreakoutPlacement), shown to the organiser.
alter table event_session add column cluster varchar(60);
create unique index event_session_one_per_cluster on event_session (event_id, cluster) where cluster is not null;
alter table registration add column placed_by_rule boolean not null default false;
