-- Domain events of the business, written in the transaction of the change that raised them.
-- The unique key makes "exactly once per transition" a fact of the database, not a hope.
create table domain_event (
    id           bigserial    primary key,
    type         varchar(60)  not null,
    subject_type varchar(40)  not null,
    subject_id   bigint       not null,
    dedup_key    varchar(200) not null unique,
    payload      text         not null,
    actor_kind   varchar(20)  not null,
    actor_id     varchar(254),
    actor_name   varchar(254),
    occurred_at  timestamptz  not null
);
create index domain_event_subject_idx on domain_event (subject_type, subject_id);
