-- The platform registry: tenants, their staff memberships, operators' audit log.

create sequence tenant_seq;
create table tenant (
    id                       bigint primary key default nextval('tenant_seq'),
    version                  bigint       not null default 0,
    slug                     varchar(40)  not null unique,
    name                     varchar(100) not null,
    status                   varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    schema_name              varchar(63)  not null unique,
    locale                   varchar(10)  not null,
    time_zone                varchar(64)  not null,
    keycloak_organization_id varchar(64),
    schema_version           varchar(50),
    migration_error          text,
    created_at               timestamptz  not null
);

create sequence membership_seq;
create table membership (
    id         bigint primary key default nextval('membership_seq'),
    version    bigint       not null default 0,
    tenant_id  bigint       not null references tenant (id) on delete cascade,
    subject    varchar(64)  not null,
    email      varchar(254) not null,
    role       varchar(20)  not null check (role in ('OWNER', 'MANAGER', 'STAFF')),
    created_at timestamptz  not null,
    unique (tenant_id, subject)
);
create index membership_subject_idx on membership (subject);

create sequence operator_audit_seq;
create table operator_audit (
    id          bigint primary key default nextval('operator_audit_seq'),
    at          timestamptz  not null,
    actor       varchar(254) not null,
    action      varchar(64)  not null,
    tenant_slug varchar(40),
    detail      text
);
create index operator_audit_tenant_idx on operator_audit (tenant_slug, at);
