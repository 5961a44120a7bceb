-- Gives a tenant's clients two years of business for bench/recalc/run, written straight into the
-- tenant's schema as its owner role, set-based: :invoices fully paid invoices (one line each, paid
-- by card, about a third as deposit + balance) and :appointments confirmed or completed sessions of
-- the loyalty program's session types, spread over the last 24 months, and a few referrals; no
-- ledger entries for any of them, as if the program had been switched on only now.
--   psql -v schema=t_demo -v owner=t_demo_owner -v invoices=500000 -v appointments=500000 -f recalc.sql
-- The session types "Porträt" and "Familie" must exist (the demo tenant has them). Ids come from a
-- range far above what the sequences hand out, so the application's own inserts never meet them.
-- Every invoice, payment and appointment belongs to a random client (uniformly drawn). These rows
-- have no appointment transitions and no Envers history. Repeatable (setseed).

\set ON_ERROR_STOP on
begin;
set local role :"owner";
set local search_path to :"schema";
select setseed(0.2718) \g /dev/null

create temporary table bench_pick on commit drop as
select row_number() over (order by id) as n, id from client where deleted_at is null;
create unique index on bench_pick (n);
select count(*) as clients from bench_pick \gset

-- r1 the client, r2 the amount, r3 the date, r4 deposit or not
create temporary table bench_invoice on commit drop as
select (2000000000 + g)::bigint as id, p.id as client_id, 1500 + floor(b.r2 ^ 3 * 33500)::bigint as cents,
       now() - b.r3 * interval '24 months' as paid_at, b.r3 * 14 as days_open, b.r4 < 0.33 as deposit
from (select g, random() as r1, random() as r2, random() as r3, random() as r4
      from generate_series(1, :invoices) g) b
join bench_pick p on p.n = 1 + floor(b.r1 * :clients)::bigint;

insert into invoice (id, version, client_id, status, total_cents, paid_cents, refunded_cents, created_at,
                     created_by_kind, created_by_id, created_by_name)
select id, 1, client_id, 'PAID', cents, cents, 0, paid_at - days_open * interval '1 day',
       'STAFF', 'bench-owner', 'Inhaberin'
from bench_invoice;

insert into invoice_line (invoice_id, position, description, quantity, unit_price_cents)
select id, 1, case when cents < 10000 then 'Porträt-Shooting' else 'Familien-Shooting mit Abzügen' end, 1, cents
from bench_invoice;

-- a deposit of 30 % when the invoice was written, the rest when it was paid in full
insert into payment (id, invoice_id, amount_cents, method, kind, paid_at, recorded_at, actor_kind, actor_id, actor_name)
select 2000000000 + 2 * (id - 2000000000) + k, id,
       case when not deposit then cents when k = 0 then cents * 3 / 10 else cents - cents * 3 / 10 end,
       case when k = 0 and deposit then 'TRANSFER' else 'CARD' end,
       case when not deposit then 'OTHER' when k = 0 then 'DEPOSIT' else 'BALANCE' end,
       case when k = 0 and deposit then paid_at - days_open * interval '1 day' else paid_at end,
       case when k = 0 and deposit then paid_at - days_open * interval '1 day' else paid_at end,
       'STAFF', 'bench-owner', 'Inhaberin'
from bench_invoice, generate_series(0, 1) k
where k = 1 or deposit;

-- sessions of the two types of the program, 60 % portraits; past ones mostly completed
insert into appointment (id, version, client_id, session_type_id, starts_at, ends_at, staff_subject, status,
                         price_cents, notes, created_at, updated_at, source)
select (2000000000 + g)::bigint, 1, p.id, t.id, a.starts_at, a.starts_at + t.duration_minutes * interval '1 minute',
       'bench-owner', case when a.r4 < 0.7 then 'COMPLETED' else 'CONFIRMED' end, t.default_price_cents, null,
       a.starts_at - interval '3 weeks', a.starts_at + interval '1 day', 'STAFF'
from (select g, random() as r1, random() as r2,
             date_trunc('hour', now() - random() * interval '24 months') as starts_at, random() as r4
      from generate_series(1, :appointments) g) a
join bench_pick p on p.n = 1 + floor(a.r1 * :clients)::bigint
join session_type t on t.name = case when a.r2 < 0.6 then 'Porträt' else 'Familie' end;

-- about 5 % of the clients were referred by another client
insert into referral (referrer_id, referred_id, code, source, created_at, created_by_name)
select distinct on (referred.id) referrer.id, referred.id, null, 'STAFF', now() - r.r3 * interval '24 months',
       'Inhaberin'
from (select random() as r1, random() as r2, random() as r3 from generate_series(1, :clients / 20)) r
join bench_pick referred on referred.n = 1 + floor(r.r1 * :clients)::bigint
join bench_pick referrer on referrer.n = 1 + floor(r.r2 * :clients)::bigint
where referrer.id <> referred.id
order by referred.id
on conflict do nothing;

commit;
