-- An Idempotency-Key record as V3 made it, before V12 gave the table the shared shape: the first create's instrument id.
-- Its request hash is set by the test (it is the hash of the request the test sends).
insert into idempotency_record (subject, idempotency_key, request_hash, instrument_id)
select 'focal-usa', 'created-before-v12', 'set by the test', min(id) from instrument where country = 'USA';
