-- Each staff user's choice of columns in the client list, in their order.
create table client_list_columns (
    subject    varchar(64)  primary key,
    columns    varchar(500) not null,
    updated_at timestamptz  not null
);
