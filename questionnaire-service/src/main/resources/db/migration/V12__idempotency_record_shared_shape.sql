-- Idempotency-Key records take the shape every service shares (service-defaults Idempotency): the first result is a
-- JSON value in `result` (here the first submission's answer and version, as `body` held it). `status` was written
-- (always 200) and never read.
alter table idempotency_record rename column body to result;
alter table idempotency_record drop column status;
