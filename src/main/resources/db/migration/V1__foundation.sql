-- Rapport foundation schema. Portable between H2 (embedded default) and PostgreSQL.

create table app_user (
  username      varchar(64)  primary key,
  password_hash varchar(512) not null,
  display_name  varchar(200) not null,
  language      varchar(8)   not null,
  enabled       boolean      not null
);

create table app_user_role (
  username varchar(64) not null references app_user (username),
  role     varchar(32) not null,
  primary key (username, role)
);

create table account (
  id                       uuid         primary key,
  name                     varchar(200) not null,
  industry                 varchar(100),
  country                  varchar(2),
  owner                    varchar(64)  not null,
  relationship_type        varchar(32)  not null,
  framing_at_acquisition   varchar(32),
  lifecycle                varchar(16)  not null,
  community_member         boolean      not null,
  social_activator         boolean      not null,
  customer_since           date,
  last_personal_contact_at timestamp with time zone,
  created_at               timestamp with time zone not null,
  version                  bigint       not null
);
create index ix_account_owner on account (owner);
create index ix_account_name on account (name);
create index ix_account_relationship on account (relationship_type);
create index ix_account_last_personal on account (last_personal_contact_at);

create table account_team (
  account_id uuid        not null references account (id),
  username   varchar(64) not null,
  primary key (account_id, username)
);
create index ix_account_team_user on account_team (username);

create table contact (
  id                 uuid         primary key,
  account_id         uuid         not null references account (id),
  first_name         varchar(100) not null,
  last_name          varchar(100) not null,
  email              varchar(254),
  phone              varchar(40),
  job_title          varchar(100),
  birthday           date,
  preferred_language varchar(8),
  preferred_channel  varchar(32),
  marketing_consent  boolean      not null,
  consent_source     varchar(200),
  consent_at         timestamp with time zone,
  removed            boolean      not null,
  created_at         timestamp with time zone not null,
  version            bigint       not null
);
create index ix_contact_account on contact (account_id);

create table interaction (
  id             uuid        primary key,
  account_id     uuid        not null references account (id),
  contact_id     uuid        references contact (id),
  logged_by      varchar(64) not null,
  occurred_at    timestamp with time zone not null,
  recorded_at    timestamp with time zone not null,
  channel        varchar(32) not null,
  personal       boolean     not null,
  purpose        varchar(32) not null,
  effort_score   integer,
  nps_score      integer,
  csat_score     integer,
  summary        varchar(4000),
  follow_up_date date,
  supersedes     uuid        references interaction (id),
  constraint ck_interaction_effort check (effort_score between 1 and 7),
  constraint ck_interaction_nps check (nps_score between 0 and 10),
  constraint ck_interaction_csat check (csat_score between 1 and 5)
);
create index ix_interaction_account_time on interaction (account_id, occurred_at);
create index ix_interaction_supersedes on interaction (supersedes);

create table idempotency_key (
  id             uuid         primary key,
  caller         varchar(64)  not null,
  idem_key       varchar(200) not null,
  fingerprint    varchar(64)  not null,
  interaction_id uuid         not null,
  created_at     timestamp with time zone not null,
  constraint uq_idempotency_key unique (caller, idem_key)
);

create table complaint (
  id                       uuid        primary key,
  account_id               uuid        not null references account (id),
  interaction_id           uuid        not null unique references interaction (id),
  opened_at                timestamp with time zone not null,
  status                   varchar(16) not null,
  resolved_at              timestamp with time zone,
  resolved_by              varchar(64),
  first_contact_resolution boolean,
  resolution_summary       varchar(4000),
  recovery_quality         varchar(16),
  version                  bigint      not null
);
create index ix_complaint_account on complaint (account_id);

create table relationship_transition (
  id            uuid          primary key,
  account_id    uuid          not null references account (id),
  from_type     varchar(32)   not null,
  to_type       varchar(32)   not null,
  changed_at    timestamp with time zone not null,
  by_user       varchar(64)   not null,
  reason        varchar(1000) not null,
  trajectory_id uuid
);
create index ix_transition_account on relationship_transition (account_id, changed_at);

create table audit_entry (
  id          uuid         primary key,
  logged_at   timestamp with time zone not null,
  actor       varchar(64)  not null,
  action      varchar(32)  not null,
  entity_type varchar(64)  not null,
  entity_id   uuid,
  detail      varchar(2000)
);
create index ix_audit_entity on audit_entry (entity_type, entity_id);
