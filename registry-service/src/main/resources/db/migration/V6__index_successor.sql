-- successor_id references instrument: without an index every delete of an instrument scans the whole table
create index instrument_successor on instrument (successor_id) where successor_id is not null;
