-- Gives a tenant's clients a loyalty history for bench/loyalty/run, written straight into the
-- tenant's schema as its owner role, set-based: ledger entries, the balance of each client as the
-- sum of their entries, and the reward of every active tier their balance reached.
--   psql -v schema=t_demo -v owner=t_demo_owner -f loyalty.sql
-- The tiers must exist (the run script creates them through the API before). About 60 % of the
-- clients get 1 to 6 entries over the last two years: payments (floor of the invoice's euros, as
-- at 1 point per euro), confirmed sessions (50 or 75 points) and a few additions by hand. The
-- entries' causes point at invoice and appointment ids far above what the sequences hand out, so
-- the application's own awards never meet them. A third of the older rewards are redeemed.
-- Repeatable (setseed); afterwards the reconciliation (balance = sum of the ledger) is empty.

\set ON_ERROR_STOP on
begin;
set local role :"owner";
set local search_path to :"schema";
select setseed(0.815) \g /dev/null

-- per client the number of entries, then per entry its random draws, each drawn once
create temporary table bench_member on commit drop as
select id as client_id, 1 + floor(random() ^ 2 * 6)::int as entries
from client
where deleted_at is null and random() < 0.6;

create temporary table bench_entry on commit drop as
select row_number() over (order by e.created_at, e.client_id) as n, e.*
from (select m.client_id, random() as r1, random() as r2, random() as r3,
             now() - random() * interval '2 years' as created_at
      from bench_member m, generate_series(1, m.entries) k) e;

-- r1 picks the source, r2 the invoice's amount or the reason, r3 the session type or manual points
insert into loyalty_entry (client_id, points, source, kind, linked_type, linked_id, reverses, description,
                           actor_kind, actor_id, actor_name, created_at)
select e.client_id,
       case e.source when 'PAYMENT' then e.cents / 100 when 'SESSION' then e.session_points
                     else 10 * (1 + floor(e.r3 * 5)::int) end,
       e.source,
       case when e.source = 'MANUAL' then null else 'award' end,
       case e.source when 'PAYMENT' then 'invoice' when 'SESSION' then 'appointment' else 'staff' end,
       case when e.source = 'MANUAL' then null else 900000000000 + e.n end,
       null,
       case e.source
           when 'PAYMENT' then 'Rechnung ' || (900000000000 + e.n) || ' bezahlt: '
               || replace(to_char(e.cents / 100.0, 'FM999990.00'), '.', ',') || ' € × 1 Punkte pro Euro'
           when 'SESSION' then 'Termin ' || case e.session_points when 50 then 'Porträt' else 'Familie' end
               || ' bestätigt (Termin ' || (900000000000 + e.n) || ')'
           else (array['Empfehlung einer Freundin', 'Geburtstagsbonus', 'Entschuldigung für die Wartezeit',
                       'Bewertung geschrieben'])[1 + floor(e.r2 * 4)::int]
       end,
       'STAFF', 'bench-owner', 'Inhaberin', e.created_at
from (select b.*,
             case when b.r1 < 0.72 then 'PAYMENT' when b.r1 < 0.94 then 'SESSION' else 'MANUAL' end as source,
             1500 + floor(b.r2 ^ 3 * 33500)::int as cents,
             case when b.r3 < 0.6 then 50 else 75 end as session_points
      from bench_entry b) e
order by e.n;

insert into loyalty_balance (client_id, points, updated_at)
select client_id, sum(points), max(created_at)
from loyalty_entry
group by client_id;

-- the tiers reached, each granted when the balance was last changed, with an unguessable code
insert into reward_grant (tier_id, client_id, code, reward_name, type, value_cents, balance_at_grant, manual,
                          reason, state, granted_at, granted_by_kind, granted_by_id, granted_by_name,
                          redeemed_at, redeemed_by_kind, redeemed_by_id, redeemed_by_name)
select t.id, b.client_id,
       case when t.type = 'CUSTOM' then null
            else (select string_agg(case when i = 6 then '-' else '' end
                                        || substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 1 + floor(random() * 32)::int, 1),
                                    '' order by i)
                  from generate_series(1, 10) i where b.client_id > 0 and t.id > 0) end,
       t.name, t.type, t.value_cents, b.points, false, null,
       case when redeemed then 'REDEEMED' else 'ACTIVE' end,
       b.updated_at, 'STAFF', 'bench-owner', 'Inhaberin',
       case when redeemed then b.updated_at + interval '3 weeks' end,
       case when redeemed then 'STAFF' end,
       case when redeemed then 'bench-owner' end,
       case when redeemed then 'Inhaberin' end
from loyalty_balance b
join reward_tier t on t.active and t.threshold <= b.points
cross join lateral (select b.updated_at < now() - interval '2 months' and random() < 0.33 as redeemed
                    where t.id > 0) r;

commit;
