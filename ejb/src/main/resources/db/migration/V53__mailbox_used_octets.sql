-- The octets a mailbox's messages take, kept in its row by everything that adds or removes a message
-- (under the row's write lock, which each of them holds already). A quota check then sums one row per
-- mailbox instead of every message of the account, which made each delivery to an account with a
-- quota cost more the fuller the account was (ADR 0024).
alter table mailbox add column used_octets bigint default 0 not null;

update mailbox
   set used_octets = (select coalesce(sum(m.size_octets), 0) from mail_message m where m.mailbox_id = mailbox.id);
