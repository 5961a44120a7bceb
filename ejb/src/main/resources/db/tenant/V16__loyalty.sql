-- Loyalty: the program's settings, points per session type, the append-only points ledger with
-- its balance per client, reward tiers and the rewards granted to clients.

-- Processing restriction (GDPR Art. 18) freezes points; the privacy requests set it.
alter table client add column processing_restricted boolean not null default false;

create table loyalty_settings (
    id                      smallint      primary key check (id = 1),
    version                 bigint        not null,
    enabled                 boolean       not null,
    points_per_euro_enabled boolean       not null,
    points_per_euro         numeric(9, 4) not null check (points_per_euro >= 0 and points_per_euro <= 1000),
    updated_at              timestamptz   not null
);
insert into loyalty_settings (id, version, enabled, points_per_euro_enabled, points_per_euro, updated_at)
values (1, 0, false, true, 1, now());

create table loyalty_settings_aud (
    id                      smallint not null,
    rev                     bigint   not null references revision (id),
    revtype                 smallint,
    enabled                 boolean,
    points_per_euro_enabled boolean,
    points_per_euro         numeric(9, 4),
    primary key (id, rev)
);

-- Points for a confirmed session, per session type.
create table loyalty_session_points (
    session_type_id bigint      primary key references session_type (id),
    version         bigint      not null,
    points          integer     not null check (points between 0 and 1000000),
    enabled         boolean     not null,
    updated_at      timestamptz not null
);

create table loyalty_session_points_aud (
    session_type_id bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint,
    points          integer,
    enabled         boolean,
    primary key (session_type_id, rev)
);

-- One row per change of points, never updated. Automatic entries name their cause: the unique
-- key on (source, linked object, kind) makes awarding the same cause twice impossible.
create table loyalty_entry (
    id          bigserial    primary key,
    client_id   bigint       not null references client (id),
    points      integer      not null check (points <> 0),
    source      varchar(15)  not null check (source in ('PAYMENT', 'SESSION', 'REFERRAL', 'WELCOME', 'MANUAL',
                                                          'RECALCULATION', 'REVERSAL')),
    kind        varchar(20),
    linked_type varchar(20),
    linked_id   bigint,
    reverses    bigint       references loyalty_entry (id),
    description varchar(500) not null,
    actor_kind  varchar(20)  not null,
    actor_id    varchar(254),
    actor_name  varchar(254),
    created_at  timestamptz  not null
);
create unique index loyalty_entry_cause_uq on loyalty_entry (source, linked_type, linked_id, kind)
    where kind is not null;
create index loyalty_entry_client_idx on loyalty_entry (client_id, id desc);
create index loyalty_entry_linked_idx on loyalty_entry (linked_type, linked_id) where linked_id is not null;

-- The balance of each client, changed in the transaction of every ledger entry.
create table loyalty_balance (
    client_id  bigint      primary key references client (id),
    points     bigint      not null,
    updated_at timestamptz not null
);
create index loyalty_balance_points_idx on loyalty_balance (points desc);

create sequence reward_tier_seq increment by 50;
create table reward_tier (
    id          bigint        primary key,
    version     bigint        not null,
    name        varchar(100)  not null,
    type        varchar(12)   not null check (type in ('PROMO_CODE', 'GIFT_VOUCHER', 'CUSTOM')),
    value_cents bigint        check (value_cents between 0 and 100000000),
    threshold   integer       not null check (threshold > 0),
    description varchar(1000),
    email       boolean       not null,
    active      boolean       not null,
    -- set while the tier is still being granted to clients already above its threshold
    grants_pending boolean    not null default false,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);

create table reward_tier_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    name        varchar(100),
    type        varchar(12),
    value_cents bigint,
    threshold   integer,
    description varchar(1000),
    email       boolean,
    active      boolean,
    primary key (id, rev)
);

-- A reward a client received: once per tier and client; codes are unique and unguessable.
create table reward_grant (
    id                bigserial    primary key,
    tier_id           bigint       not null references reward_tier (id),
    client_id         bigint       not null references client (id),
    code              varchar(20)  unique,
    reward_name       varchar(100) not null,
    type              varchar(12)  not null,
    value_cents       bigint,
    balance_at_grant  bigint       not null,
    manual            boolean      not null,
    reason            varchar(500),
    state             varchar(10)  not null check (state in ('ACTIVE', 'REDEEMED', 'REVOKED')),
    granted_at        timestamptz  not null,
    granted_by_kind   varchar(20)  not null,
    granted_by_id     varchar(254),
    granted_by_name   varchar(254),
    redeemed_at       timestamptz,
    redeemed_by_kind  varchar(20),
    redeemed_by_id    varchar(254),
    redeemed_by_name  varchar(254),
    revoked_at        timestamptz,
    revoked_by_name   varchar(254),
    revoke_reason     varchar(500),
    unique (tier_id, client_id)
);
create index reward_grant_client_idx on reward_grant (client_id);
