-- Retroactive recalculations of payment and session points: one at a time, with state and
-- progress; a run that a restart interrupted is picked up again (its awards are idempotent).
create table loyalty_recalculation (
    id               bigserial     primary key,
    months           integer       check (months in (3, 6, 12)),
    since            timestamptz,
    state            varchar(10)   not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    phase            varchar(20),
    payments         integer       not null default 0,
    sessions         integer       not null default 0,
    points           bigint        not null default 0,
    clients          integer       not null default 0,
    rewards          integer       not null default 0,
    started_by_id    varchar(254),
    started_by_name  varchar(254),
    started_by_email varchar(254),
    lease_until      timestamptz,
    error            varchar(1000),
    created_at       timestamptz   not null,
    finished_at      timestamptz
);
create unique index loyalty_recalculation_open_uq on loyalty_recalculation ((true))
    where state in ('QUEUED', 'RUNNING');
