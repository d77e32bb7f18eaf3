-- Segments, brand identity and campaigns.

create table segment (
  id          uuid          primary key,
  name        varchar(200)  not null,
  description varchar(1000),
  criteria    varchar(4000) not null,
  frozen_at   timestamp with time zone,
  created_by  varchar(64)   not null,
  created_at  timestamp with time zone not null,
  version     bigint        not null
);

create table segment_member (
  id         uuid not null primary key,
  segment_id uuid not null references segment (id),
  account_id uuid not null references account (id),
  constraint uq_segment_member unique (segment_id, account_id)
);

create table brand_value (
  id          uuid          primary key,
  name        varchar(100)  not null unique,
  description varchar(1000),
  evidence    varchar(2000),
  declared_by varchar(64)   not null,
  declared_at timestamp with time zone not null
);

create table competitor_claim (
  id          uuid         primary key,
  competitor  varchar(200) not null,
  recorded_by varchar(64)  not null,
  recorded_at timestamp with time zone not null
);

create table competitor_claim_value (
  claim_id      uuid         not null references competitor_claim (id) on delete cascade,
  position      integer      not null,
  claimed_value varchar(100) not null,
  primary key (claim_id, position)
);

create table campaign (
  id                  uuid          primary key,
  name                varchar(200)  not null,
  framing             varchar(32)   not null,
  goal                varchar(16)   not null,
  financial_incentive boolean       not null,
  channel             varchar(32),
  segment_id          uuid          not null references segment (id),
  starts_on           date,
  ends_on             date,
  status              varchar(16)   not null,
  approved_by         varchar(64),
  approved_at         timestamp with time zone,
  override_reason     varchar(1000),
  created_by          varchar(64)   not null,
  created_at          timestamp with time zone not null,
  version             bigint        not null
);

create table campaign_value (
  campaign_id uuid         not null references campaign (id) on delete cascade,
  position    integer      not null,
  brand_value varchar(100) not null,
  primary key (campaign_id, position)
);

create table campaign_member (
  id                 uuid        primary key,
  campaign_id        uuid        not null references campaign (id),
  contact_id         uuid        not null references contact (id),
  account_id         uuid        not null references account (id),
  status             varchar(16) not null,
  suppression_reason varchar(32),
  updated_at         timestamp with time zone not null
);
create index ix_campaign_member_campaign on campaign_member (campaign_id, status);
create index ix_campaign_member_account on campaign_member (account_id);

-- indexes for segment criteria on accounts
create index ix_account_industry on account (industry);
create index ix_account_country on account (country);
create index ix_account_lifecycle on account (lifecycle);
