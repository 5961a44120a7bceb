-- The business's own settings, one row; every change is audited.
create table business_settings (
    id             smallint    primary key check (id = 1),
    version        bigint      not null,
    client_history boolean     not null,
    updated_at     timestamptz not null
);
insert into business_settings (id, version, client_history, updated_at) values (1, 0, true, now());

create table business_settings_aud (
    id             smallint not null,
    rev            bigint   not null references revision (id),
    revtype        smallint,
    client_history boolean,
    primary key (id, rev)
);
