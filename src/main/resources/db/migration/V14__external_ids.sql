-- Imports (issue 11): the id an account or contact has in the system it came from; rows upsert by
-- it. Unique per type; many rows without one (NULLs do not collide, on H2 and PostgreSQL alike).
alter table account add column external_id varchar(100);
create unique index ux_account_external_id on account (external_id);
alter table contact add column external_id varchar(100);
create unique index ux_contact_external_id on contact (external_id);
