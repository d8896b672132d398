-- V11 - The webmail's message list pages through a mailbox sorted by arrival (the default) or size;
-- these indexes let the database read one page instead of sorting the whole mailbox. Sender and
-- subject are not indexed: their values can exceed what a B-tree entry may hold.
create index ix_mail_message_arrival on mail_message (mailbox_id, internal_date, uid);
create index ix_mail_message_size on mail_message (mailbox_id, size_octets, uid);
