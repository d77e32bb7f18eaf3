-- Delta sync (issue 11): every account, contact and contact moment carries the moment of its last
-- change, kept on every change by the application, and the feeds read them in (updated_at, id)
-- order. The default only serves rows written by hand (bench scripts); Rapport always sets it.
alter table account add column updated_at timestamp with time zone;
update account set updated_at = coalesce(last_personal_contact_at, created_at);
update account set updated_at = created_at where updated_at < created_at;
alter table account alter column updated_at set default current_timestamp;
alter table account alter column updated_at set not null;
create index ix_account_updated on account (updated_at, id);

alter table contact add column updated_at timestamp with time zone;
update contact set updated_at = coalesce(erased_at, created_at);
alter table contact alter column updated_at set default current_timestamp;
alter table contact alter column updated_at set not null;
create index ix_contact_updated on contact (account_id, updated_at, id);

alter table interaction add column updated_at timestamp with time zone;
update interaction set updated_at = recorded_at;
alter table interaction alter column updated_at set default current_timestamp;
alter table interaction alter column updated_at set not null;
create index ix_interaction_updated on interaction (updated_at, id);
