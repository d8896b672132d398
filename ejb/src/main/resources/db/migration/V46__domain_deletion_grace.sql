-- A deleted domain waits out a grace period (state PENDING_DELETION) before its data is removed;
-- this is when the removal is due. Null for domains that are not pending deletion.
alter table mail_domain add column deletion_due_at timestamp with time zone;
create index ix_mail_domain_deletion_due on mail_domain (deletion_due_at);
