-- Account lists sort names as people read them (lower(name)); this index keeps the first page
-- of a 100,000-account list an index read instead of a sort of every account.
create index ix_account_name_lower on account (lower(name));
