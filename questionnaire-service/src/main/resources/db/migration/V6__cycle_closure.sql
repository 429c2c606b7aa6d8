-- A closed cycle takes no more answers (its report is being written from what was accepted).
alter table reporting_cycle add column closed_at timestamptz;
