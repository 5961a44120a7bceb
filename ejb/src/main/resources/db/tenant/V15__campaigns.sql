-- Campaigns: a newsletter to an audience (tag, client status) with the business's own wording in
-- German and English, or the re-permission request to clients whose consent lacks proof or refers
-- to an outdated text. Sent in batches: last_client_id is how far the audience has been queued, so
-- a restart goes on where it stopped (and the outbox keys campaign:{id}:{client} rule out doubles).
create table campaign (
    id             bigserial    primary key,
    version        bigint       not null,
    kind           varchar(20)  not null check (kind in ('NEWSLETTER', 'REPERMISSION')),
    name           varchar(200) not null,
    subject_de     text,
    body_de        text,
    subject_en     text,
    body_en        text,
    tag            varchar(50),
    client_status  varchar(10)  check (client_status in ('NEW', 'REGULAR', 'INACTIVE')),
    state          varchar(12)  not null check (state in ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED')),
    scheduled_at   timestamptz,
    started_at     timestamptz,
    finished_at    timestamptz,
    queued         integer      not null default 0,
    excluded       integer      not null default 0,
    last_client_id bigint       not null default 0,
    created_by     varchar(254),
    created_at     timestamptz  not null,
    updated_by     varchar(254),
    updated_at     timestamptz  not null
);
create index campaign_due_idx on campaign (scheduled_at) where state in ('SCHEDULED', 'SENDING');

-- Who changed what: wording, audience, state and schedule (the counters are not history).
create table campaign_aud (
    id            bigint   not null,
    rev           bigint   not null references revision (id),
    revtype       smallint,
    kind          varchar(20),
    name          varchar(200),
    subject_de    text,
    body_de       text,
    subject_en    text,
    body_en       text,
    tag           varchar(50),
    client_status varchar(10),
    state         varchar(12),
    scheduled_at  timestamptz,
    updated_by    varchar(254),
    primary key (id, rev)
);

create index outbox_message_campaign_idx on outbox_message (campaign_id) where campaign_id is not null;
