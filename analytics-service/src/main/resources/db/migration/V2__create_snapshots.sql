-- Snapshots: a cycle's registry instruments and coded answers frozen as pulled, with every indicator computed on them.
-- A snapshot never changes; recomputing makes a new one, so the rows are guarded against update and delete.
create table snapshot (
    id                bigserial    primary key,
    cycle             varchar(20)  not null,
    taken_at          timestamptz  not null,
    content           jsonb        not null,
    instrument_count  integer      not null check (instrument_count >= 0),
    answer_count      integer      not null check (answer_count >= 0)
);
create index snapshot_cycle on snapshot (cycle, taken_at);

create table indicator_result (
    snapshot_id  bigint       not null references snapshot (id),
    code         varchar(80)  not null,
    result       jsonb        not null,
    primary key (snapshot_id, code)
);

create function refuse_snapshot_change() returns trigger language plpgsql as $$
begin
    raise exception 'snapshots and their results are immutable';
end
$$;
create trigger snapshot_immutable before update or delete on snapshot
    for each row execute function refuse_snapshot_change();
create trigger indicator_result_immutable before update or delete on indicator_result
    for each row execute function refuse_snapshot_change();

-- The background pull that makes a snapshot: QUEUED, RUNNING, then DONE (with the snapshot) or FAILED (with the reason).
create table snapshot_job (
    id             bigserial    primary key,
    cycle          varchar(20)  not null,
    status         varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    pages_fetched  integer      not null default 0,
    error          text,
    snapshot_id    bigint       references snapshot (id),
    created_at     timestamptz  not null,
    finished_at    timestamptz
);
