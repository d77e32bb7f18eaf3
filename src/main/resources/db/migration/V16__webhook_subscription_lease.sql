-- Webhooks: a node sends a subscription's due deliveries in a run, under a lease on the
-- subscription (one conditional update), instead of claiming each delivery: same order, fewer
-- round trips (bench/webhooks.sh: 100 events/s were not kept up with one claim per delivery).
alter table webhook_subscription add column claimed_until timestamp with time zone;
