-- The business's own key for signed links (consent forms, later review forms and unsubscribe
-- links). Created by the application on first use from a secure random source.
create table link_key (
    id         smallint    primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null
);
