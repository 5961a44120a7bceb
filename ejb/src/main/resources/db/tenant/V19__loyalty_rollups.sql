-- The ledger's points summed per quarter hour and source, kept in step by triggers in the
-- transaction of every change, so the leaderboard's statistics and charts read a few rows instead
-- of the whole ledger. A quarter hour (UTC) lies in one month in every time zone in use, so the
-- months of the business's zone are exact whatever the zone is or becomes.
-- Each statement on the ledger adds its own row (no hot row to wait or deadlock on); folding
-- (LoyaltyRollup) later sums the rows of a quarter hour and source into one. The functions keep
-- the tenant's schema of the migration, so a writer with another search path still sums here.
create table loyalty_points_rollup (
    bucket   timestamptz not null,
    source   varchar(15) not null,
    points   bigint      not null,
    positive bigint      not null,
    folded   boolean     not null default false
);
create index loyalty_points_rollup_bucket_idx on loyalty_points_rollup (bucket);
create index loyalty_points_rollup_unfolded_idx on loyalty_points_rollup (bucket, source) where not folded;

create function loyalty_points_rollup_add() returns trigger language plpgsql
    set search_path from current as $$
begin
    insert into loyalty_points_rollup (bucket, source, points, positive)
    select date_bin('15 minutes', created_at, timestamptz '2000-01-01 00:00:00+00'), source,
           sum(points), sum(greatest(points, 0))
    from added group by 1, 2;
    return null;
end $$;
create trigger loyalty_entry_rollup_add after insert on loyalty_entry
    referencing new table as added for each statement execute function loyalty_points_rollup_add();

create function loyalty_points_rollup_remove() returns trigger language plpgsql
    set search_path from current as $$
begin
    insert into loyalty_points_rollup (bucket, source, points, positive)
    select date_bin('15 minutes', created_at, timestamptz '2000-01-01 00:00:00+00'), source,
           -sum(points), -sum(greatest(points, 0))
    from removed group by 1, 2;
    return null;
end $$;
create trigger loyalty_entry_rollup_remove after delete on loyalty_entry
    referencing old table as removed for each statement execute function loyalty_points_rollup_remove();

-- the ledger written before this migration
insert into loyalty_points_rollup (bucket, source, points, positive, folded)
select date_bin('15 minutes', created_at, timestamptz '2000-01-01 00:00:00+00'), source,
       sum(points), sum(greatest(points, 0)), true
from loyalty_entry group by 1, 2;

-- The same for rewards: grants and redemptions per quarter hour of the grant and reward name,
-- for the leaderboard's statistics, popular rewards and grants per month. A grant's time and
-- reward name never change; its state does (ACTIVE, REDEEMED, REVOKED).
create table reward_grant_rollup (
    bucket      timestamptz  not null,
    reward_name varchar(100) not null,
    granted     bigint       not null,
    redeemed    bigint       not null,
    folded      boolean      not null default false
);
create index reward_grant_rollup_bucket_idx on reward_grant_rollup (bucket);
create index reward_grant_rollup_unfolded_idx on reward_grant_rollup (bucket, reward_name) where not folded;

create function reward_grant_rollup_add() returns trigger language plpgsql
    set search_path from current as $$
begin
    insert into reward_grant_rollup (bucket, reward_name, granted, redeemed)
    select date_bin('15 minutes', granted_at, timestamptz '2000-01-01 00:00:00+00'), reward_name,
           count(*), count(*) filter (where state = 'REDEEMED')
    from added group by 1, 2;
    return null;
end $$;
create trigger reward_grant_rollup_add after insert on reward_grant
    referencing new table as added for each statement execute function reward_grant_rollup_add();

create function reward_grant_rollup_change() returns trigger language plpgsql
    set search_path from current as $$
begin
    insert into reward_grant_rollup (bucket, reward_name, granted, redeemed)
    select date_bin('15 minutes', a.granted_at, timestamptz '2000-01-01 00:00:00+00'), a.reward_name, 0,
           sum(case when a.state = 'REDEEMED' then 1 else -1 end)
    from changed_to a join changed_from b on b.id = a.id
    where (a.state = 'REDEEMED') <> (b.state = 'REDEEMED')
    group by 1, 2;
    return null;
end $$;
create trigger reward_grant_rollup_change after update on reward_grant
    referencing old table as changed_from new table as changed_to
    for each statement execute function reward_grant_rollup_change();

create function reward_grant_rollup_remove() returns trigger language plpgsql
    set search_path from current as $$
begin
    insert into reward_grant_rollup (bucket, reward_name, granted, redeemed)
    select date_bin('15 minutes', granted_at, timestamptz '2000-01-01 00:00:00+00'), reward_name,
           -count(*), -count(*) filter (where state = 'REDEEMED')
    from removed group by 1, 2;
    return null;
end $$;
create trigger reward_grant_rollup_remove after delete on reward_grant
    referencing old table as removed for each statement execute function reward_grant_rollup_remove();

insert into reward_grant_rollup (bucket, reward_name, granted, redeemed, folded)
select date_bin('15 minutes', granted_at, timestamptz '2000-01-01 00:00:00+00'), reward_name,
       count(*), count(*) filter (where state = 'REDEEMED'), true
from reward_grant group by 1, 2;

-- The erased clients are few: their balances are left out of the ranks and the active members
-- by looking them up here instead of joining every balance to its client.
create index client_deleted_idx on client (id) where deleted_at is not null;
