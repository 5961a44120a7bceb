-- Referrals: one active code per client, unique in the business and never given to anyone else
-- (a code of an erased client or one replaced by a new code stays reserved); who referred whom,
-- and the settings of the referral program.

create table referral_settings (
    id              smallint    primary key check (id = 1),
    version         bigint      not null,
    enabled         boolean     not null,
    referrer_points integer     not null check (referrer_points between 0 and 1000000),
    welcome_points  integer     not null check (welcome_points between 0 and 1000000),
    monthly_cap     integer     check (monthly_cap between 1 and 1000),
    code_style      varchar(10) not null check (code_style in ('NAME', 'PSEUDONYM')),
    updated_at      timestamptz not null
);
insert into referral_settings (id, version, enabled, referrer_points, welcome_points, monthly_cap, code_style,
                               updated_at)
values (1, 0, true, 30, 10, null, 'NAME', now());

create table referral_settings_aud (
    id              smallint not null,
    rev             bigint   not null references revision (id),
    revtype         smallint,
    enabled         boolean,
    referrer_points integer,
    welcome_points  integer,
    monthly_cap     integer,
    code_style      varchar(10),
    primary key (id, rev)
);

-- A client is referred at most once; the points go out when their first session is confirmed.
create table referral (
    id              bigserial    primary key,
    referrer_id     bigint       not null references client (id),
    referred_id     bigint       not null unique references client (id),
    code            varchar(40),
    source          varchar(10)  not null check (source in ('BOOKING', 'STAFF')),
    created_at      timestamptz  not null,
    created_by_name varchar(254),
    settled_at      timestamptz,
    appointment_id  bigint,
    outcome         varchar(20),
    check (referrer_id <> referred_id)
);
create index referral_referrer_idx on referral (referrer_id);

create table referral_code (
    code       varchar(40) primary key check (code = upper(code)),
    client_id  bigint      not null references client (id),
    active     boolean     not null,
    created_at timestamptz not null
);
create unique index referral_code_active_uq on referral_code (client_id) where active;
