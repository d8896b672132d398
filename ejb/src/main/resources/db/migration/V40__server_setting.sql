-- Server settings changed by the system administrator (issue 7): one row per setting that differs
-- from its default. Without a row, the environment variable or system property (or the built-in
-- default) applies, as before.
create table server_setting (
    name        varchar(64)   not null primary key,
    setting     varchar(4000) not null,
    updated_at  timestamp with time zone not null
);
