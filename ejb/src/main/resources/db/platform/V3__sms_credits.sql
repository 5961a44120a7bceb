-- SMS credits are bought per tenant from the platform: a ledger of top-ups, debits (one per SMS
-- reference) and refunds, and the balance it adds up to, both written in the same transaction.
-- A reference is debited and refunded at most once, which the unique index enforces under
-- concurrency; the balance can never go below zero.

create sequence sms_credit_entry_seq;
create table sms_credit_entry (
    id          bigint primary key default nextval('sms_credit_entry_seq'),
    tenant_slug varchar(40)  not null references tenant (slug) on delete cascade,
    delta       integer      not null,
    kind        varchar(10)  not null check (kind in ('TOP_UP', 'DEBIT', 'REFUND')),
    reference   varchar(200),
    actor       varchar(254),
    note        varchar(500),
    created_at  timestamptz  not null
);
create unique index sms_credit_entry_reference_idx on sms_credit_entry (tenant_slug, kind, reference)
    where reference is not null;
create index sms_credit_entry_tenant_idx on sms_credit_entry (tenant_slug, created_at);

create table sms_credit_balance (
    tenant_slug varchar(40) primary key references tenant (slug) on delete cascade,
    balance     integer     not null check (balance >= 0)
);

-- What the development gateway would have sent, instead of sending it; one row per reference.
create sequence sms_recorded_seq;
create table sms_recorded (
    id          bigint primary key default nextval('sms_recorded_seq'),
    tenant_slug varchar(40)  not null references tenant (slug) on delete cascade,
    recipient   varchar(32)  not null,
    text        text         not null,
    segments    integer      not null,
    reference   varchar(200) not null,
    recorded_at timestamptz  not null,
    unique (tenant_slug, reference)
);
create index sms_recorded_tenant_idx on sms_recorded (tenant_slug, recorded_at);
