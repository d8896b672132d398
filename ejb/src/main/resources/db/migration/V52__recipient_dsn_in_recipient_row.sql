-- What each spooled recipient asked for in RCPT (NOTIFY, ORCPT) moves into its own row: one table
-- fewer for every accepted message to write and for its delivery to read. On H2 each table costs
-- its data, its primary key and its foreign key's index, all written out at the commit of each
-- message (docs/performance.md, "Sixth round").
alter table spooled_recipient add column notify_on varchar(40) default '' not null;
alter table spooled_recipient add column original varchar(400) default '' not null;

update spooled_recipient r
   set notify_on = (select d.notify_on from spooled_recipient_dsn d
                     where d.spool_id = r.spool_id and d.position = r.position),
       original = (select d.original from spooled_recipient_dsn d
                    where d.spool_id = r.spool_id and d.position = r.position)
 where exists (select 1 from spooled_recipient_dsn d where d.spool_id = r.spool_id and d.position = r.position);

drop table spooled_recipient_dsn;
