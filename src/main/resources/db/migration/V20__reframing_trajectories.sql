-- A re-framing trajectory: the planned work after an account moved from market pricing to communal
-- sharing (its transition carries the trajectory's id), with a goal and ordered steps.
create table reframing_trajectory (
  id         uuid primary key,
  account_id uuid not null,
  goal       varchar(1000) not null,
  status     varchar(16) not null,
  planned_at timestamp with time zone not null,
  planned_by varchar(64) not null,
  closed_at  timestamp with time zone,
  version    bigint not null default 0
);
create index ix_reframing_trajectory_account on reframing_trajectory (account_id);

create table reframing_step (
  trajectory_id uuid not null references reframing_trajectory (id),
  position      integer not null,
  description   varchar(300) not null,
  done_at       timestamp with time zone,
  done_by       varchar(64),
  primary key (trajectory_id, position)
);
