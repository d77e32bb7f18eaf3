-- The engagement profile keeps only the numbers that lists, segments and the worklist filter on;
-- what explains and feeds them moves to engagement_detail: the evidence, and the account's contact
-- moments summed per kind (engagement.engine.MomentTally), kept so that logging a moment updates
-- a few sums instead of reading the account's whole history again. The evidence made a profile
-- row about 3.7 kB, so counting an account manager's 50,000 profiles read 22,000 pages.
-- The tally is derived data: it is rebuilt from the interactions whenever its basis (grouping
-- version, half-life) differs from the running configuration, so it starts empty here.
create table engagement_detail (
  account_id   uuid          primary key references account (id),
  evidence     varchar(30000) not null,
  tally_basis  varchar(64),
  moment_count integer,
  weights_at   timestamp with time zone,
  moment_groups varchar(1000000)
);
insert into engagement_detail (account_id, evidence)
  select account_id, evidence from engagement_profile;
alter table engagement_profile drop column evidence;
