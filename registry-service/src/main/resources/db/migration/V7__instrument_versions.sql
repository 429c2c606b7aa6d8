-- One instrument identity across cycles (issue 9): a status, a content revision, every version of the content, the
-- cycles that reported or confirmed each instrument, and the bulk publications of accepted responses.

alter table instrument
    add column status        varchar(12)   not null default 'IN_FORCE'
        check (status in ('IN_FORCE', 'ENDED', 'REPEALED', 'WITHDRAWN')),
    add column status_date   date,
    add column status_reason varchar(2000),
    -- the current content version (instrument_version.revision); the optimistic-lock counter stays in "version"
    add column revision      integer       not null default 1 check (revision >= 1),
    add constraint instrument_withdrawal_reason check (status <> 'WITHDRAWN' or status_reason is not null),
    add constraint instrument_status_date check (status = 'IN_FORCE' or status_date is not null);

-- a focal point's own direct entry is a source of its own
alter table instrument drop constraint instrument_provenance_source_check;
alter table instrument add constraint instrument_provenance_source_check
    check (provenance_source in ('REPORT_BASELINE', 'CYCLE_ANSWER', 'DESK_RESEARCH', 'COUNTRY_ENTRY'));

create index instrument_updated_at on instrument (updated_at, id);
create index instrument_status on instrument (status) where status <> 'IN_FORCE';

alter table instrument_change alter column action type varchar(20);
alter table instrument_change drop constraint instrument_change_action_check;
alter table instrument_change add constraint instrument_change_action_check
    check (action in ('CREATED', 'UPDATED', 'VERIFIED', 'LINK_CHECKED', 'IMPORTED', 'STATUS_CHANGED', 'WITHDRAWN'));

-- Every content version: who made it, from where (baseline, a cycle, an amendment of a cycle's answer, a direct entry),
-- from which date it is valid (null: since the start), and the instrument as the API showed it then.
create table instrument_version (
    instrument_id   bigint        not null references instrument (id),
    revision        integer       not null check (revision >= 1),
    valid_from      date,
    recorded_at     timestamptz   not null default now(),
    origin          varchar(12)   not null check (origin in ('BASELINE', 'CYCLE', 'AMENDMENT', 'DIRECT_ENTRY')),
    cycle           varchar(40),
    subject         varchar(200)  not null,
    client          varchar(200),
    actor_country   char(3),
    data            jsonb         not null,
    primary key (instrument_id, revision),
    check (origin = 'DIRECT_ENTRY' or cycle is not null)
);

-- The cycles that reported or confirmed an instrument: one row per instrument and cycle, updated by later
-- publications of the same cycle; revision is the version that cycle established.
create table instrument_cycle (
    instrument_id   bigint        not null references instrument (id),
    cycle           varchar(40)   not null,
    question        varchar(100),
    position        integer       check (position >= 0),
    action          varchar(10)   not null check (action in ('REPORTED', 'CONFIRMED', 'UPDATED', 'ENDED', 'WITHDRAWN')),
    revision        integer       not null check (revision >= 1),
    recorded_at     timestamptz   not null default now(),
    primary key (instrument_id, cycle)
);
create index instrument_cycle_cycle on instrument_cycle (cycle, instrument_id);

-- A bulk publication of one accepted response, keyed by the publisher's key: a replay returns the stored result.
create table cycle_publication (
    publication_key varchar(200)  primary key,
    request_hash    varchar(64)   not null,
    cycle           varchar(40)   not null,
    country         char(3)       not null references country (iso3),
    result          jsonb         not null,
    subject         varchar(200)  not null,
    client          varchar(200),
    created_at      timestamptz   not null default now()
);
