-- API keys of machine integrations (a booking or POS system), one tenant each. Only the SHA-256
-- hash of the secret is kept; the prefix identifies a key in lists. Revoked keys stay, for the audit.

create sequence api_key_seq;
create table api_key (
    id           bigint primary key default nextval('api_key_seq'),
    version      bigint       not null default 0,
    tenant_id    bigint       not null references tenant (id) on delete cascade,
    name         varchar(100) not null,
    key_prefix   varchar(16)  not null,
    secret_hash  varchar(64)  not null unique,
    created_by   varchar(254) not null,
    created_at   timestamptz  not null,
    revoked_at   timestamptz,
    revoked_by   varchar(254),
    last_used_at timestamptz
);
create index api_key_tenant_idx on api_key (tenant_id, created_at);
