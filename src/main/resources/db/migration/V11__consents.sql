-- Consent per purpose, as a history: each answer a row; double opt-in rows wait as PENDING with
-- the SHA-256 of the single-use token that the confirmation mail carries.
create table consent (
  id               uuid         primary key,
  contact_id       uuid         not null references contact (id),
  purpose          varchar(32)  not null,
  status           varchar(16)  not null,
  source           varchar(200),
  recorded_at      timestamp with time zone not null,
  recorded_by      varchar(64)  not null,
  token_hash       varchar(64),
  token_expires_at timestamp with time zone,
  confirmed_at     timestamp with time zone,
  constraint uq_consent_token unique (token_hash)
);
create index ix_consent_contact on consent (contact_id, purpose, recorded_at);
