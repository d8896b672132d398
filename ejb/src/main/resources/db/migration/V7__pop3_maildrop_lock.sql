-- The POP3 maildrop lock (RFC 1939 section 4): at most one row per account, held by one POP3 session.
-- A row is a lease: it names the session that holds it, the server (node) it runs on and that server's
-- incarnation (a new one at every start), and when it expires unless renewed. A lock is taken over when it
-- has expired, or when its node is this node under an earlier incarnation: the server was restarted (or
-- killed), so the session is gone. Shared in the database, it holds across several servers.
create table pop3_maildrop_lock (
    account_id   bigint       not null primary key references account (id) on delete cascade,
    holder       varchar(64)  not null,
    node         varchar(255) not null,
    incarnation  varchar(64)  not null,
    acquired_at  timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    constraint uk_pop3_maildrop_lock_holder unique (holder)
);
