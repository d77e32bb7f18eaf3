-- Generates a large portfolio for benchmarks, directly in PostgreSQL, after Flyway created the
-- schema. Sizes come from psql variables: accounts (default 100000), per_account (interactions per
-- account, default 20). Owners are the demo account managers anna and bram.
\set ON_ERROR_STOP on
\if :{?accounts} \else \set accounts 100000 \endif
\if :{?per_account} \else \set per_account 20 \endif

insert into account (id, name, industry, country, owner, relationship_type, framing_at_acquisition,
                     lifecycle, community_member, social_activator, customer_since,
                     last_personal_contact_at, created_at, version)
select gen_random_uuid(),
       'Bench account ' || n,
       (array['Logistiek','Voeding','Bouw','Zorg','Onderwijs','Energie','ICT','Retail'])[1 + n % 8],
       (array['NL','NL','NL','BE','DE'])[1 + n % 5],
       case when n % 2 = 0 then 'anna' else 'bram' end,
       (array['MARKET_PRICING','COMMUNAL_SHARING','UNFRAMED'])[1 + n % 3],
       case when n % 3 = 2 then null else (array['MARKET_PRICING','COMMUNAL_SHARING'])[1 + n % 3] end,
       case when n % 3 = 2 then 'PROSPECT' else 'ACTIVE' end,
       n % 4 = 0, n % 17 = 0,
       current_date - (n % 2000),
       null,
       now() - make_interval(days => 400 + n % 1000),
       0
from generate_series(1, :accounts) as n;

insert into contact (id, account_id, first_name, last_name, email, birthday, marketing_consent,
                     removed, created_at, version)
select gen_random_uuid(), a.id, 'Contact', a.name, null,
       date '1960-01-01' + (abs(hashtext(a.name)) % 14000), abs(hashtext(a.name)) % 3 <> 0,
       false, a.created_at, 0
from account a where a.name like 'Bench account %';

insert into interaction (id, account_id, contact_id, logged_by, occurred_at, recorded_at, channel,
                         personal, purpose, effort_score, nps_score, csat_score, summary)
select gen_random_uuid(), a.id, null, a.owner, t.at, t.at, t.channel,
       t.channel in ('VISIT','PHONE','VIDEO_CALL','EVENT'), t.purpose,
       case when t.r < 0.3 then 1 + (t.k % 7) end,
       case when t.r > 0.85 then t.k % 11 end,
       case when t.r between 0.4 and 0.5 then 1 + t.k % 5 end,
       'Generated contact moment'
from account a
cross join lateral (
  select now() - make_interval(mins => (abs(hashtext(a.name || i)) % 525600)) as at,
         (array['VISIT','PHONE','VIDEO_CALL','EVENT','EMAIL','CHAT','COMMUNITY','SELF_SERVICE','SOCIAL_REVIEW'])[1 + abs(hashtext(a.name || 'c' || i)) % 9] as channel,
         (array['CHECK_IN','APPRECIATION','CO_CREATION','SPECIAL_EXPERIENCE','SERVICE_REQUEST','SERVICE_REQUEST','SALES','OTHER'])[1 + abs(hashtext(a.name || 'p' || i)) % 8] as purpose,
         (abs(hashtext(a.name || 'r' || i)) % 1000) / 1000.0 as r,
         abs(hashtext(a.name || 'k' || i)) as k
  from generate_series(1, :per_account) as i
) t
where a.name like 'Bench account %';

-- one complaint in twenty accounts, two thirds of them resolved
insert into interaction (id, account_id, logged_by, occurred_at, recorded_at, channel, personal, purpose,
                         effort_score, summary)
select gen_random_uuid(), a.id, a.owner, now() - make_interval(days => 5 + abs(hashtext(a.name)) % 200),
       now(), 'PHONE', true, 'COMPLAINT', 1 + abs(hashtext(a.name)) % 4, 'Generated complaint'
from account a where a.name like 'Bench account %' and abs(hashtext(a.name)) % 20 = 0;

insert into complaint (id, account_id, interaction_id, opened_at, status, resolved_at, first_contact_resolution,
                       recovery_quality, version)
select gen_random_uuid(), i.account_id, i.id, i.occurred_at,
       case when abs(hashtext(i.id::text)) % 3 = 0 then 'OPEN' else 'RESOLVED' end,
       case when abs(hashtext(i.id::text)) % 3 = 0 then null else i.occurred_at + interval '30 hours' end,
       case when abs(hashtext(i.id::text)) % 3 = 0 then null else abs(hashtext(i.id::text)) % 3 = 1 end,
       case when abs(hashtext(i.id::text)) % 3 = 0 then null when abs(hashtext(i.id::text)) % 3 = 1 then 'GOOD' else 'POOR' end,
       0
from interaction i where i.purpose = 'COMPLAINT' and i.summary = 'Generated complaint';

update account a set last_personal_contact_at = p.last
from (select account_id, max(occurred_at) as last from interaction where personal group by account_id) p
where p.account_id = a.id;

vacuum analyze;
