-- A version read (?cycle, ?asOf) writes each instrument from a rendering of its stored version instead of parsing and
-- serializing it again per request (issue 10): the version's InstrumentView as the API writes it, with an empty
-- provenance.cycles at rendered_cycles_at (null: no provenance) and no cycleEntry, and the stamp of the view's shape it
-- was made with (a change of the view's classes re-renders; null: not rendered yet). Versions are immutable, so their
-- rendering is too; rows without one are read as before and rendered by a background pass, found by the index.
alter table instrument_version
    add column rendered           text,
    add column rendered_cycles_at integer,
    add column rendered_shape     integer;
create index instrument_version_rendered_shape on instrument_version (rendered_shape);
