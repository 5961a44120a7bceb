-- The outbox: every message the business sends is first a row here, written in the transaction
-- of the change that caused it. The dispatcher sends due rows; the unique idempotency key makes
-- "one message per cause" a fact of the database, and the lease makes "sent once" one too.
create table outbox_message (
    id              bigserial    primary key,
    idempotency_key varchar(200) not null unique,
    kind            varchar(40)  not null,
    purpose         varchar(40),
    channel         varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    client_id       bigint       references client (id),
    recipient       varchar(254),
    language        varchar(5)   not null,
    model           text         not null,
    subject         text,
    body_text       text         not null,
    body_html       text,
    marketing       boolean      not null,
    status          varchar(12)  not null check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED', 'DEAD')),
    reason          text,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    lease_until     timestamptz,
    segments        integer,
    campaign_id     bigint,
    resend_of       bigint       references outbox_message (id),
    created_by      varchar(254),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'QUEUED';
create index outbox_message_lease_idx on outbox_message (lease_until) where status = 'SENDING';
create index outbox_message_client_idx on outbox_message (client_id, created_at desc);
create index outbox_message_created_idx on outbox_message (created_at desc, id desc);

-- Every delivery attempt, for the sent log and for support.
create table outbox_attempt (
    id           bigserial   primary key,
    message_id   bigint      not null references outbox_message (id),
    attempted_at timestamptz not null,
    outcome      varchar(12) not null,
    error        text
);
create index outbox_attempt_message_idx on outbox_attempt (message_id);

-- The business's own wording per kind, channel and language; defaults ship with the product.
create table message_template (
    id         bigserial   primary key,
    kind       varchar(40) not null,
    channel    varchar(10) not null check (channel in ('EMAIL', 'SMS')),
    language   varchar(5)  not null,
    subject    text,
    body       text        not null,
    version    bigint      not null,
    updated_by varchar(254),
    updated_at timestamptz not null,
    unique (kind, channel, language)
);

-- When reminders go out and whether birthday greetings are sent.
alter table business_settings add column reminder_lead_hours integer not null default 24
    check (reminder_lead_hours between 0 and 336);
alter table business_settings add column birthday_greetings boolean not null default true;
alter table business_settings_aud add column reminder_lead_hours integer;
alter table business_settings_aud add column birthday_greetings boolean;
