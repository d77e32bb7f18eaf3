-- Retention counts from when an account became FORMER. Accounts already former start counting
-- from their archiving in the audit trail, or, where that is not recorded, from now.
alter table account add column former_since timestamp with time zone;
update account set former_since = coalesce(
    (select max(a.logged_at) from audit_entry a
      where a.entity_type = 'Account' and a.action = 'ARCHIVE'
        and a.entity_key = cast(account.id as varchar(100))),
    current_timestamp)
  where lifecycle = 'FORMER';
create index ix_account_former_since on account (former_since);
