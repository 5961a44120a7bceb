-- Consent: versioned texts, the current answer per client, purpose and channel (audited), and the
-- append-only proof trail every answer leaves.

create sequence consent_text_seq increment by 1;
create table consent_text (
    id           bigint       primary key,
    purpose      varchar(30)  not null,
    language     varchar(5)   not null,
    version      integer      not null,
    body         text         not null,
    published_at timestamptz  not null,
    published_by varchar(254) not null,
    unique (purpose, language, version)
);

insert into consent_text (id, purpose, language, version, body, published_at, published_by)
select nextval('consent_text_seq'), purpose, language, 1, body, now(), 'Stammkunde'
from (values
    ('DATA_PROCESSING', 'de', 'Ich willige ein, dass der Betrieb meine Kontaktdaten und Termine speichert, um mir Terminbestätigungen, Erinnerungen, Absagen und Bitten um eine Bewertung zu senden. Ich kann diese Einwilligung jederzeit widerrufen.'),
    ('DATA_PROCESSING', 'en', 'I agree that the business stores my contact details and appointments to send me confirmations, reminders, cancellation notices and requests for a review. I can withdraw this consent at any time.'),
    ('APPOINTMENT_UPDATES', 'de', 'Ich möchte Neuigkeiten zu meinen Terminen auf dem gewählten Weg (E-Mail und/oder SMS) erhalten. Widerruf jederzeit möglich.'),
    ('APPOINTMENT_UPDATES', 'en', 'I would like to receive updates about my appointments on the chosen channel (email and/or SMS). I can withdraw at any time.'),
    ('MARKETING', 'de', 'Ich möchte Angebote, Newsletter, Geburtstagsgrüße und Neuigkeiten zum Treueprogramm erhalten (E-Mail erst nach Bestätigung des Links in der Bestätigungs-E-Mail). Abmeldung jederzeit mit einem Klick.'),
    ('MARKETING', 'en', 'I would like to receive offers, newsletters, birthday greetings and loyalty program news (email only after I confirm the link in the confirmation email). Unsubscribe at any time with one click.'),
    ('PERSONALISED_SUGGESTIONS', 'de', 'Ich möchte persönliche Empfehlungen auf Grundlage meiner bisherigen Termine erhalten. Widerruf jederzeit möglich.'),
    ('PERSONALISED_SUGGESTIONS', 'en', 'I would like personal suggestions based on my past sessions. I can withdraw at any time.'),
    ('IMAGE_PUBLICATION', 'de', 'Ich willige ein, dass der Betrieb Bilder von mir im gewählten Rahmen (Portfolio, Website, soziale Medien) veröffentlicht. Bei Minderjährigen willigt die erziehungsberechtigte Person ein. Widerruf jederzeit möglich.'),
    ('IMAGE_PUBLICATION', 'en', 'I agree that the business publishes pictures of me within the chosen scope (portfolio, website, social media). For minors, a parent or guardian gives this consent. I can withdraw at any time.')
) as defaults (purpose, language, body);

create sequence consent_record_seq increment by 50;
create table consent_record (
    id                bigint      primary key,
    version           bigint      not null,
    client_id         bigint      not null references client (id),
    purpose           varchar(30) not null,
    channel           varchar(20) not null,
    state             varchar(20) not null,
    text_id           bigint      references consent_text (id),
    by_guardian       boolean     not null,
    guardian_name     varchar(200),
    guardian_relation varchar(100),
    updated_at        timestamptz not null,
    unique (client_id, purpose, channel)
);

create table consent_record_aud (
    id                bigint   not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    client_id         bigint,
    purpose           varchar(30),
    channel           varchar(20),
    state             varchar(20),
    text_id           bigint,
    by_guardian       boolean,
    guardian_name     varchar(200),
    guardian_relation varchar(100),
    primary key (id, rev)
);

create sequence consent_proof_seq increment by 50;
create table consent_proof (
    id                bigint       primary key,
    client_id         bigint       not null references client (id),
    purpose           varchar(30)  not null,
    channel           varchar(20)  not null,
    state             varchar(20)  not null,
    source            varchar(20)  not null,
    text_id           bigint       references consent_text (id),
    actor_kind        varchar(20)  not null,
    actor_id          varchar(254),
    actor_name        varchar(254),
    ip                varchar(45),
    user_agent        varchar(500),
    guardian_name     varchar(200),
    guardian_relation varchar(100),
    recorded_at       timestamptz  not null
);
create index consent_proof_client_idx on consent_proof (client_id, recorded_at);

-- The trail is evidence: rows are added, never changed or removed by the application.
create function consent_proof_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'consent_proof is append-only';
end $$;
create trigger consent_proof_append_only before update or delete on consent_proof
    for each row execute function consent_proof_is_append_only();
