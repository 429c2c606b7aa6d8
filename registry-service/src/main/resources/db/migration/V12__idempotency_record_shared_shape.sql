-- Idempotency-Key records take the shape every service shares (service-defaults Idempotency): the first result is a
-- JSON value in `result`. Here it is the created instrument's id, which a replay reads again.
alter table idempotency_record add column result jsonb;
update idempotency_record set result = to_jsonb(instrument_id);
alter table idempotency_record alter column result set not null;
alter table idempotency_record drop column instrument_id;
