#!/usr/bin/env bash
# Full-text search latency of the registry at a million instruments: loads synthetic instruments into the local
# stack's registry database (bench/registry-search-data.sql, one insert ... select from generate_series), ANALYZEs,
# measures the top-20 search through the registry's API for rare, medium and common words
# (the bench module's scenario registry-search: p50/p95/p99 in ms; target p95 <= 20 ms), then prints EXPLAIN (ANALYZE,
# BUFFERS) of the search SQL for one common and one rare word. Needs the local stack (./mvnw -q install -DskipTests -Dstack)
# with the registry's instrument schema (V3).
#
#   bench/registry-search.sh [--rows N] [--requests N] [--warmup N] [--classes common,medium,rare] [--generic-plan]
#   bench/registry-search.sh --cleanup      deletes the synthetic instruments and their history
#
# The synthetic rows stay after a run (a second run reuses them); remove them with --cleanup. While they are there,
# every list, search, CSV export and the channel directory of the stack include them: clean up before other benchmarks.
# --generic-plan also explains the common word under a generic plan (plan_cache_mode=force_generic_plan), the plan
# PostgreSQL may switch to once the JDBC driver prepares the statement server-side. Common words take seconds per
# request today: for a quick look, try --requests 5 --warmup 1, or --classes rare.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-jar.sh

ROWS=1000000
REQUESTS=50
WARMUP=5
CLEANUP=false
GENERIC=false
CLASSES=common,medium,rare
API=${API:-http://localhost:8082}
NOTE='synthetic benchmark data'
PSQL=(/usr/bin/psql -h localhost -p "${PGPORT:-15432}" -U postgres -d "${PGDATABASE:-registry}" -X -q -v ON_ERROR_STOP=1)
# what InstrumentRepository.search runs for an anonymous caller (InstrumentQuery: the text and the public filter);
# keep in step with them
SEARCH_SQL="with query as materialized (select tip_search_query(:'word') as q)
  select m.id, ts_rank_cd(m.search, query.q, 1) as rank from query,
  (select i.id, i.search from instrument i, query where i.search @@ query.q and i.confidentiality = 'PUBLIC' limit 1000) m
  order by rank desc, m.id limit 20"

while [ $# -gt 0 ]; do
  case $1 in
    --rows) ROWS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --classes) CLASSES=$2; shift 2 ;;
    --cleanup) CLEANUP=true; shift ;;
    --generic-plan) GENERIC=true; shift ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
done

sql() { "${PSQL[@]}" -At -c "$1"; }

if [ "$(sql "select to_regclass('instrument') is not null")" != t ]; then
  echo "The registry database has no instrument table: start the stack from a build that has migration V3." >&2
  exit 1
fi

if $CLEANUP; then
  echo "Deleting the synthetic instruments and their history..."
  # the successor_id index (migration V6) keeps each delete's foreign-key check a lookup
  "${PSQL[@]}" <<SQL
begin;
delete from instrument_change where instrument_id in (select id from instrument where provenance_note = '$NOTE');
delete from idempotency_record where jsonb_typeof(result) = 'number' and (result #>> '{}')::bigint in (select id from instrument where provenance_note = '$NOTE');
delete from instrument where provenance_note = '$NOTE';
commit;
vacuum analyze instrument;
SQL
  echo "Left: $(sql "select count(*) from instrument") instruments."
  exit 0
fi

bench_build
curl -sf -o /dev/null "$API/q/health/ready" || { echo "The registry at $API is not ready." >&2; exit 1; }

existing=$(sql "select count(*) from instrument where provenance_note = '$NOTE'")
if [ "$existing" = 0 ]; then
  echo "Loading $ROWS synthetic instruments (takes minutes: every row computes its seven-language search vector)..."
  start=$(date +%s)
  "${PSQL[@]}" -v rows="$ROWS" -f bench/registry-search-data.sql
  echo "Loaded in $(( $(date +%s) - start )) s."
elif [ "$existing" != "$ROWS" ]; then
  echo "There are $existing synthetic instruments, not $ROWS: run bench/registry-search.sh --cleanup first." >&2
  exit 1
else
  echo "Reusing the $existing synthetic instruments already loaded."
fi
sql "analyze instrument"
echo "instrument: $(sql "select count(*) from instrument") rows, table $(sql "select pg_size_pretty(pg_total_relation_size('instrument'))"),"\
" search index $(sql "select pg_size_pretty(pg_relation_size('instrument_search'))")"
echo

bench registry-search "$API" "$REQUESTS" "$WARMUP" 20 "$CLASSES"

explain() { # word label [generic]
  echo
  echo "== EXPLAIN (ANALYZE, BUFFERS) of the search for '$1' ($2, $(sql "select count(*) from instrument where search @@ tip_search_query('$1')") matches)${3:+, generic plan}"
  if [ -n "${3:-}" ]; then
    "${PSQL[@]}" -v word="$1" <<SQL
set plan_cache_mode = force_generic_plan;
prepare search(text) as $(echo "$SEARCH_SQL" | sed "s/:'word'/\$1/g");
explain (analyze, buffers) execute search('$1');
SQL
  else
    "${PSQL[@]}" -v word="$1" <<SQL
explain (analyze, buffers) $SEARCH_SQL;
SQL
  fi
}
explain trata common
explain paysandu rare
if $GENERIC; then
  explain trata common generic
fi
