-- An Idempotency-Key record as V2 made it, before V12 gave the table the shared shape: a submission's first answer in
-- `body` (the assignment and its version) and a `status` no one read. The hash is the one a submission of {} by
-- Argentina's focal point to the 2015-2018 cycle leaves: sha256 of cycle, country and patch, one per line.
insert into idempotency_record (subject, idempotency_key, request_hash, status, body)
values ('focal-arg', 'submitted-before-v12', encode(sha256(convert_to(E'2015-2018\nARG\n{}', 'UTF8')), 'hex'), 200,
        '{"body": {"cycle": "2015-2018", "country": "ARG", "status": "SUBMITTED"}, "version": 7}');
