-- A follow-up is a task: logged with a contact moment ("follow up on"), then done or rescheduled.
-- It stays open until it is marked done or a later moment is logged on the account (after the
-- moment, or after the last reschedule). Existing follow-ups become tasks due when they were.
create table follow_up (
  interaction_id uuid primary key references interaction (id),
  account_id     uuid not null,
  due_date       date not null,
  rescheduled_at timestamp with time zone,
  rescheduled_by varchar(64),
  done_at        timestamp with time zone,
  done_by        varchar(64),
  version        bigint not null default 0
);
create index ix_follow_up_open on follow_up (account_id, due_date);

insert into follow_up (interaction_id, account_id, due_date)
  select id, account_id, follow_up_date from interaction where follow_up_date is not null;
