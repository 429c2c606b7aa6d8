-- One rule for cycle codes in every service (CycleCodes in service-defaults): up to 40 characters, as the questionnaire
-- service has always accepted; this service held 20. Widening a varchar rewrites no row and fires no trigger.
alter table snapshot alter column cycle type varchar(40);
alter table snapshot_job alter column cycle type varchar(40);
alter table report alter column cycle type varchar(40);
