-- A snapshot's content is written once and read whole by the service, never queried inside by the database; kept as
-- jsonb, every store parsed it (about 2 s for a cycle of 35,000 instruments, 23 MB) and every read printed it back. As
-- text it is stored and read as the service wrote it. The rows stay immutable: changing a column's type fires no row
-- trigger, and the JSON documents are the same values.
alter table snapshot alter column content type text using content::text;
