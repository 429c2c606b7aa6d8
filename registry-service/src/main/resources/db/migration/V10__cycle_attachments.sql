-- Records the secretariat attaches to a cycle (issue 10): an instrument the cycle did not report (ATTACHED), or another
-- revision of one it did (CORRECTED), each with the reason, the revision it replaced, who and when. A later publication
-- of the same cycle overwrites the row (the answer wins) and clears these columns.
alter table instrument_cycle drop constraint instrument_cycle_action_check;
alter table instrument_cycle add constraint instrument_cycle_action_check
    check (action in ('REPORTED', 'CONFIRMED', 'UPDATED', 'ENDED', 'WITHDRAWN', 'ATTACHED', 'CORRECTED'));
alter table instrument_cycle
    add column reason            varchar(500),
    add column previous_revision integer check (previous_revision >= 1),
    add column attached_by       varchar(200),
    add column attached_at       timestamptz,
    -- the secretariat's rows always say why, who and when
    add constraint instrument_cycle_attachment check (action not in ('ATTACHED', 'CORRECTED')
        or (reason is not null and attached_by is not null and attached_at is not null));

alter table instrument_change drop constraint instrument_change_action_check;
alter table instrument_change add constraint instrument_change_action_check
    check (action in ('CREATED', 'UPDATED', 'VERIFIED', 'LINK_CHECKED', 'IMPORTED', 'STATUS_CHANGED', 'WITHDRAWN',
                      'CYCLE_ATTACHED', 'CYCLE_DETACHED'));
