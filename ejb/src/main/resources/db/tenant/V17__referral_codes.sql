-- Referral codes: one active code per client, unique in the business and never given to anyone
-- else (a code of an erased client or one replaced by a new code stays reserved).

create table referral_settings (
    id         smallint    primary key check (id = 1),
    version    bigint      not null,
    code_style varchar(10) not null check (code_style in ('NAME', 'PSEUDONYM')),
    updated_at timestamptz not null
);
insert into referral_settings (id, version, code_style, updated_at) values (1, 0, 'NAME', now());

create table referral_settings_aud (
    id         smallint not null,
    rev        bigint   not null references revision (id),
    revtype    smallint,
    code_style varchar(10),
    primary key (id, rev)
);

create table referral_code (
    code       varchar(40) primary key check (code = upper(code)),
    client_id  bigint      not null references client (id),
    active     boolean     not null,
    created_at timestamptz not null
);
create unique index referral_code_active_uq on referral_code (client_id) where active;
