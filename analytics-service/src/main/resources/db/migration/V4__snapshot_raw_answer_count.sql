-- A snapshot's summary counts its raw answers beside its coded ones (answer_count stays the coded answers).
-- Snapshots never change, but this count is derived from their frozen content, so the guard is lifted for the one
-- backfill that writes it and put back at once; nothing else of a snapshot is touched.
alter table snapshot add column raw_answer_count integer not null default 0 check (raw_answer_count >= 0);

alter table snapshot disable trigger snapshot_immutable;
update snapshot set raw_answer_count = coalesce(jsonb_array_length(content -> 'rawAnswers'), 0)
    where jsonb_typeof(content -> 'rawAnswers') = 'array';
alter table snapshot enable trigger snapshot_immutable;
