-- Version reads (?asOf, ?cycle) filter on the status of the version shown, coalesce(data ->> 'status', 'IN_FORCE').
-- Without statistics on that expression the planner guesses it keeps 0.5% of the versions per status asked, and reads a
-- cycle by hashing every version instead of walking the cycle's rows in instrument order and fetching the ~500 versions
-- of a page by key (hundreds of ms per page instead of a few). ANALYZE fills these statistics, like an index expression's.
create statistics instrument_version_status on (coalesce(data ->> 'status', 'IN_FORCE')) from instrument_version;
analyze instrument_version;
