-- What IMAP FETCH and SEARCH need of a message's octets, prepared once when the message is stored:
-- its header (up to the empty line) and its ENVELOPE, BODY and BODYSTRUCTURE as the FETCH response
-- writes them. A FETCH of headers or structures and a SEARCH or SORT on header fields then read these
-- rows instead of every message's blob. A value over 32 KB is not kept (null): FETCH then reads the
-- blob. Messages stored before this table get their row on their first FETCH.
create table message_structure (
    message_id      bigint not null references mail_message (id) on delete cascade,
    header          bytea,
    envelope        bytea,
    body            bytea,
    body_structure  bytea,
    constraint pk_message_structure primary key (message_id)
);
