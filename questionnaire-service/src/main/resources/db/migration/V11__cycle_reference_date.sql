-- A cycle says what it is (issue 10): the one date "in force" and durations are read at, and from which the registry
-- holds the versions the cycle publishes valid. 2015-2018's is the end of the Work Plan's last year, so that "in force"
-- stays read at 2018 as the report did; a cycle opened before this column existed takes its deadline.
alter table reporting_cycle add column reference_date date;
update reporting_cycle set reference_date = date '2018-12-31' where code = '2015-2018';
update reporting_cycle set reference_date = deadline where reference_date is null;
alter table reporting_cycle alter column reference_date set not null;
