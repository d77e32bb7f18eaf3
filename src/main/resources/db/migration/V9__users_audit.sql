-- Users are administered: a version that moves with each change (every node compares it at each
-- request) and when the password was last set (sessions older than that end).
alter table app_user add column version bigint default 0 not null;
alter table app_user add column password_changed_at timestamp with time zone;

-- The audit trail is read: a text key (ids, and user names for users) and the changed fields.
alter table audit_entry add column entity_key varchar(100);
alter table audit_entry add column changes varchar(16000);
update audit_entry set entity_key = cast(entity_id as varchar(100)) where entity_id is not null;
create index ix_audit_key on audit_entry (entity_type, entity_key, logged_at);
create index ix_audit_logged_at on audit_entry (logged_at);
create index ix_audit_actor on audit_entry (actor, logged_at);
