-- Whether users of a domain may send only as their own addresses (MAIL FROM and the From header):
-- on by default; off for domains whose users legitimately send as shared or external addresses.
alter table mail_domain add column sender_must_be_owned boolean default true not null;
