-- A tenant's schema: clients and the Envers history of their changes.

create sequence revision_seq increment by 50;
create table revision (
    id         bigint primary key,
    timestamp  bigint       not null,
    actor_kind varchar(20)  not null,
    actor_id   varchar(254),
    actor_name varchar(254),
    request_id varchar(64)
);

create sequence client_seq increment by 50;
create table client (
    id                 bigint primary key,
    version            bigint       not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    email              varchar(254),
    phone              varchar(20),
    birthday           date,
    gender             varchar(10)  not null,
    street             varchar(200),
    postal_code        varchar(20),
    city               varchar(100),
    country            varchar(2),
    notes              text,
    status_override    varchar(10),
    preferred_language varchar(5)   not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    deleted_at         timestamptz
);
create unique index client_email_uq on client (lower(email)) where email is not null and deleted_at is null;
create unique index client_phone_uq on client (phone) where phone is not null and deleted_at is null;
create index client_name_idx on client (lower(last_name), lower(first_name));

create table client_tag (
    client_id bigint      not null references client (id) on delete cascade,
    tag       varchar(50) not null,
    primary key (client_id, tag)
);

create table client_aud (
    id                 bigint   not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    first_name         varchar(100),
    last_name          varchar(100),
    email              varchar(254),
    phone              varchar(20),
    birthday           date,
    gender             varchar(10),
    street             varchar(200),
    postal_code        varchar(20),
    city               varchar(100),
    country            varchar(2),
    notes              text,
    status_override    varchar(10),
    preferred_language varchar(5),
    deleted_at         timestamptz,
    primary key (id, rev)
);

create table client_tag_aud (
    rev       bigint      not null references revision (id),
    revtype   smallint,
    client_id bigint      not null,
    tag       varchar(50) not null,
    primary key (rev, client_id, tag)
);
