-- Engagement engine: stored profiles (for lists, segments and the worklist) and recorded signals.

create table engagement_profile (
  account_id                 uuid         primary key references account (id),
  identification_score       integer,
  experience_score           integer,
  participation_score        integer,
  appreciation_score         integer,
  sensation_score            integer,
  relational_relevance_score integer,
  engagement_score           integer,
  engagement_level           varchar(16),
  churn_risk_score           integer      not null,
  churn_risk_bucket          varchar(8)   not null,
  last_personal_contact_at   timestamp with time zone,
  personal_contact_due       timestamp with time zone,
  computed_at                timestamp with time zone not null,
  evidence                   varchar(30000) not null
);
create index ix_profile_engagement_score on engagement_profile (engagement_score);
create index ix_profile_engagement_level on engagement_profile (engagement_level);
create index ix_profile_churn_bucket on engagement_profile (churn_risk_bucket);
create index ix_profile_contact_due on engagement_profile (personal_contact_due);

create table engagement_signal (
  id          uuid         primary key,
  account_id  uuid         not null references account (id),
  kind        varchar(16)  not null,
  signal_value integer,
  note        varchar(1000),
  recorded_by varchar(64)  not null,
  recorded_at timestamp with time zone not null,
  constraint ck_signal_brand_fit check (kind <> 'BRAND_FIT' or signal_value between 1 and 5)
);
create index ix_signal_account on engagement_signal (account_id);

create index ix_interaction_follow_up on interaction (follow_up_date);
create index ix_contact_birthday on contact (birthday);
