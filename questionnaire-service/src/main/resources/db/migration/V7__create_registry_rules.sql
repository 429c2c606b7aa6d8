-- The last instrument rules read from the registry (GET /api/registry/v1/instrument-rules): answers are validated with
-- them, and with this copy when the registry does not answer, also after a restart. One row.
create table registry_rules (
    id         smallint      primary key default 1 check (id = 1),
    revision   varchar(100)  not null,
    fetched_at timestamptz   not null,
    document   jsonb         not null
);
