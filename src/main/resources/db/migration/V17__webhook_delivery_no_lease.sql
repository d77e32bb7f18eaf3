-- The lease is on the subscription since V16; the delivery's own lease column was never used.
alter table webhook_delivery drop column claimed_until;
