-- Photo studios ask for consent to publish pictures; other businesses switch the purpose off.
alter table business_settings add column image_publication boolean not null default true;
alter table business_settings_aud add column image_publication boolean;
