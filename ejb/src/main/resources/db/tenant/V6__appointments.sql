-- Session types (audited) and appointments with the log of every status transition.

create sequence session_type_seq increment by 50;
create table session_type (
    id                  bigint primary key,
    version             bigint       not null,
    name                varchar(100) not null,
    duration_minutes    integer      not null check (duration_minutes between 5 and 1440),
    default_price_cents bigint       not null check (default_price_cents >= 0),
    active              boolean      not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create unique index session_type_name_uq on session_type (lower(name));

create table session_type_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint,
    name                varchar(100),
    duration_minutes    integer,
    default_price_cents bigint,
    active              boolean,
    primary key (id, rev)
);

create sequence appointment_seq increment by 50;
create table appointment (
    id              bigint primary key,
    version         bigint      not null,
    client_id       bigint      not null references client (id),
    session_type_id bigint      not null references session_type (id),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    staff_subject   varchar(64) not null,
    status          varchar(12) not null
        check (status in ('BOOKED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    price_cents     bigint      not null check (price_cents >= 0),
    notes           text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    check (ends_at > starts_at)
);
create index appointment_starts_at_idx on appointment (starts_at);
create index appointment_client_idx on appointment (client_id);
create index appointment_staff_idx on appointment (staff_subject, starts_at);

-- Append-only: one row per status change, written in the transaction of the change.
create sequence appointment_transition_seq increment by 50;
create table appointment_transition (
    id             bigint primary key,
    appointment_id bigint       not null references appointment (id),
    from_status    varchar(12),
    to_status      varchar(12)  not null,
    at             timestamptz  not null,
    actor_kind     varchar(20)  not null,
    actor_id       varchar(254),
    actor_name     varchar(254)
);
create index appointment_transition_appointment_idx on appointment_transition (appointment_id, at);
