-- What was removed from each mailbox, with the mod-sequence of the removal: how an IMAP session learns
-- that another session (or POP3, or webmail) expunged a message, and what QRESYNC's VANISHED reports.
create table expunged_message (
    mailbox_id  bigint not null references mailbox (id) on delete cascade,
    uid         bigint not null,
    modseq      bigint not null,
    constraint pk_expunged_message primary key (mailbox_id, uid)
);

create index ix_expunged_message_modseq on expunged_message (mailbox_id, modseq);

-- Flag changes are looked up by mod-sequence for every IMAP NOOP and IDLE tick.
create index ix_mail_message_modseq on mail_message (mailbox_id, modseq);

-- The last UIDVALIDITY handed to one of the account's mailboxes: a mailbox deleted and created again
-- within the same second must still get a new one (RFC 9051 section 2.3.1.1).
alter table account add column last_uid_validity bigint default 0 not null;

-- Messages from this UID on have been seen by no IMAP session yet: the IMAP4rev1 \Recent flag.
alter table mailbox add column first_recent_uid bigint default 1 not null;

-- Subscriptions to names that have no mailbox (deleted after subscribing, or subscribed before being
-- created): IMAP keeps them (RFC 9051 section 6.3.7; LIST-EXTENDED shows them as \NonExistent). A
-- subscription to an existing mailbox is its "subscribed" column.
create table lost_subscription (
    account_id  bigint        not null references account (id) on delete cascade,
    name        varchar(1000) not null,
    constraint pk_lost_subscription primary key (account_id, name)
);
