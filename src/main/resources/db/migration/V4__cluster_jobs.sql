-- Cluster-wide jobs: a lease row per job kind (one node at a time holds it) and the runs of the
-- full engagement recompute, so that every node shows the same progress.
create table job_lease (
  name       varchar(64) primary key,
  holder     uuid,
  expires_at timestamp with time zone
);
insert into job_lease (name) values ('engagement-recompute');

create table recompute_job (
  id           uuid          primary key,
  status       varchar(16)   not null,
  total        bigint        not null,
  processed    bigint        not null,
  started_at   timestamp with time zone not null,
  finished_at  timestamp with time zone,
  heartbeat_at timestamp with time zone not null,
  started_by   varchar(64)   not null,
  node         varchar(200)  not null,
  error        varchar(1000)
);
create index ix_recompute_job_started on recompute_job (started_at);
