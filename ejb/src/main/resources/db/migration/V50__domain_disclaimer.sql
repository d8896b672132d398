-- A domain's disclaimer, added to the mail its accounts submit (ADR 0020). One row per domain at most;
-- no row means none. html_text null: the HTML bodies get plain_text escaped. internal_too: also mail
-- between local accounts, not only mail relayed to other domains.
create table domain_disclaimer (
    domain_id     bigint         not null primary key references mail_domain (id) on delete cascade,
    enabled       boolean        not null,
    plain_text    varchar(4000)  not null,
    html_text     varchar(8000),
    internal_too  boolean        not null,
    updated_at    timestamp with time zone not null
);
