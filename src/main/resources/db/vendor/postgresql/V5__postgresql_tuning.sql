-- PostgreSQL only (Flyway location db/vendor/{vendor}); H2 has no equivalent and needs none.

-- Profiles are rewritten by every change of their account and by the nightly recompute. Free
-- room on each page lets PostgreSQL update a row in place (a HOT update) when no indexed column
-- changed, instead of adding an entry to each of the table's five indexes.
alter table engagement_profile set (fillfactor = 70);

-- Account search (q=) matches any part of the name or industry: trigram indexes serve
-- "lower(name) like '%...%'" without reading every account. pg_trgm is a trusted extension
-- (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index ix_account_name_trgm on account using gin (lower(name) gin_trgm_ops);
create index ix_account_industry_trgm on account using gin (lower(industry) gin_trgm_ops);
