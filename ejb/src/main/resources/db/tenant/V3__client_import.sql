-- Background imports of clients from CSV files: state and progress for the console and the API.
create sequence client_import_seq increment by 1;
create table client_import (
    id          bigint primary key,
    status      varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    file_name   varchar(200),
    total_rows  integer      not null,
    done_rows   integer      not null,
    failure     text,
    started_by  varchar(254) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz
);
