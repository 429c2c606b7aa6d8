-- Instruments and history entries take their ids from sequences 50 at a time (Hibernate's pooled optimizer: a value
-- N hands out N-49..N), so a bulk publication inserts them in JDBC batches instead of one round trip per row. An
-- identity column's own sequence is invisible to Hibernate's schema validation, hence plain sequences and defaults.
alter table instrument alter column id drop identity;
create sequence instrument_id_seq increment by 50 owned by instrument.id;
select setval('instrument_id_seq', coalesce((select max(id) from instrument), 0) + 50, false);
alter table instrument alter column id set default nextval('instrument_id_seq');

alter table instrument_change alter column id drop identity;
create sequence instrument_change_id_seq increment by 50 owned by instrument_change.id;
select setval('instrument_change_id_seq', coalesce((select max(id) from instrument_change), 0) + 50, false);
alter table instrument_change alter column id set default nextval('instrument_change_id_seq');
