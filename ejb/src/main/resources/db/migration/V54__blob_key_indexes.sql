-- The content sweep asks which blobs are still referred to, a 256th of the key space at a time
-- (JpaBlobReferences): every column that holds a blob key gets an index so that asking reads the
-- keys of that range instead of whole tables.
create index ix_mail_message_blob_key on mail_message (blob_key);
create index ix_spooled_message_blob_key on spooled_message (blob_key);
create index ix_outbound_delivery_blob_key on outbound_delivery (blob_key);
create index ix_scheduled_message_blob_key on scheduled_message (blob_key);
create index ix_held_post_content_key on held_post (content_key);
