-- GDPR erasure: when a contact's personal data was erased (the row stays for the statistics).
alter table contact add column erased_at timestamp with time zone;

-- Private notes: an interaction's summary that only the account's managers (and admins) read.
alter table interaction add column private_note boolean default false not null;
