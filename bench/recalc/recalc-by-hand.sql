-- The awarding of a recalculation of all time as one hand-written statement, for bench/recalc/run
-- to compare the application with: the ledger entries of every fully paid invoice and every
-- confirmed or completed session without automatic points, and the balances, in one transaction
-- that is rolled back, so that the application meets the same data afterwards.
--   psql -v schema=t_demo -v owner=t_demo_owner -f recalc-by-hand.sql
-- Prints one line: entries, points, clients, seconds (from before the statement to after it).
-- With -v floor=on the entries go into a bare temporary copy of the ledger instead: its three
-- indexes (primary key, the unique key of a cause, the client's entries) but no foreign key, no
-- trigger, no write-ahead log and no conflict check; what writing these rows costs at the least.

\set ON_ERROR_STOP on
\if :{?floor}
\else
\set floor off
\endif
begin;
set local role :"owner";
set local search_path to :"schema";
\if :floor
create temporary table floor_entry (like loyalty_entry including defaults);
alter table floor_entry add primary key (id);
create unique index on floor_entry (linked_type, linked_id, source, kind);
create index on floor_entry (client_id, id desc);
\set target floor_entry
\set arbiter ''
\else
\set target loyalty_entry
\set arbiter 'on conflict (source, linked_type, linked_id, kind) where kind is not null do nothing'
\endif
select clock_timestamp() as started \gset

with settings as (select * from loyalty_settings where id = 1 and enabled),
due as (
    select i.client_id, floor(i.total_cents * s.points_per_euro / 100)::integer as points,
           'payment' as kind, 'invoice' as linked_type, i.id as linked_id
    from invoice i
    join (select invoice_id, max(paid_at) as paid_at from payment group by invoice_id) p on p.invoice_id = i.id
    join settings s on s.points_per_euro_enabled
    join client c on c.id = i.client_id
    where i.status = 'PAID' and p.paid_at >= timestamptz 'epoch' and c.deleted_at is null and not c.processing_restricted
      and not exists (select 1 from loyalty_entry e where e.linked_type = 'invoice' and e.linked_id = i.id
                      and e.source in ('PAYMENT', 'RECALCULATION'))
    union all
    select a.client_id, sp.points, 'session', 'appointment', a.id
    from appointment a
    join loyalty_session_points sp on sp.session_type_id = a.session_type_id and sp.enabled and sp.points > 0
    cross join settings s
    join client c on c.id = a.client_id
    where a.status in ('CONFIRMED', 'COMPLETED') and a.starts_at >= timestamptz 'epoch'
      and c.deleted_at is null and not c.processing_restricted
      and not exists (select 1 from loyalty_entry e where e.linked_type = 'appointment' and e.linked_id = a.id
                      and e.source in ('SESSION', 'RECALCULATION'))
),
inserted as (
    insert into :target (client_id, points, source, kind, linked_type, linked_id, description,
                               actor_kind, actor_id, actor_name, created_at)
    select client_id, points, 'RECALCULATION', kind, linked_type, linked_id,
           case kind when 'payment' then 'Neuberechnung: Rechnung ' else 'Neuberechnung: Termin ' end || linked_id,
           'STAFF', 'bench-owner', 'Inhaberin', now()
    from due where points > 0
    :arbiter
    returning client_id, points
),
balances as (
    insert into loyalty_balance (client_id, points, updated_at)
    select client_id, sum(points), now() from inserted group by client_id
    on conflict (client_id) do update
        set points = loyalty_balance.points + excluded.points, updated_at = excluded.updated_at
    returning client_id
)
select (select count(*) from inserted) as entries, (select coalesce(sum(points), 0) from inserted) as points,
       (select count(*) from balances) as clients \gset

select :entries || ' ' || :points || ' ' || :clients || ' '
       || round(extract(epoch from clock_timestamp() - :'started'::timestamptz)::numeric, 3);
rollback;
