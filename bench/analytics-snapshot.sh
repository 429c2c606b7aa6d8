#!/usr/bin/env bash
# Snapshot time through the API, side by side in one run, for three cycles on the local stack
# (./mvnw -q install -DskipTests -Dstack):
#  1. baseline  the 2015-2018 cycle (350 instruments of the report);
#  2. second    a second cycle of all 34 member states: opened over oas-tip-structured v2, each response pre-filled with
#               the country's registry inventory, completed, submitted and accepted, so it is published to the registry
#               (the bench module's scenario second-cycle, bench/src/.../questionnaire/SecondCycle.java; made once, then
#               reused);
#  3. hundred   the same cycle with ROWS synthetic instruments more (default 34,650: with the second cycle's own, about
#               100 times the baseline), inserted by SQL into the registry with their version 1 and the row saying the
#               cycle reported them (bench/analytics-cycle-data.sql).
# Beside them the registry holds OTHERS synthetic instruments of no cycle (default as many as ROWS: desk research entered
# directly, with their version 1), loaded before the first snapshot: each cycle's snapshot must read its cycle only.
# Phase A takes snapshots of 1 and 2 alternately, RUNS each; then the synthetic rows are loaded and phase B takes
# snapshots of 1 and 3 alternately: the baseline is measured again beside a registry 100 times its size, which it must
# not read. WARMUP snapshots of each cycle before each phase (default 2) are not counted.
#
# Per snapshot: the job's own time (its createdAt to finishedAt, as the service recorded it) and the client's (POST
# through the gateway to the job read DONE); the analytics service's RSS before, at its peak during and after the
# job (/proc, sampled at every poll), its heap at its peak during the job (jstat -gc every 100 ms: used and committed)
# and after it (jcmd GC.heap_info, no collection forced); where the time goes, from the job's pagesFetched counter
# (polled every 20 ms: the questionnaire reads, the countries page, the registry's instrument reads (its JSON Lines
# export of the cycle, in two streams over shares of the member states), then populations, every indicator computed and
# the snapshot stored) and from the registry's access log (the server time of each instrument read). Medians per cycle.
# After phase B, the registry's read of the 100-times cycle alone, side by side: its pages of 1000 one after another (the
# path snapshots took before) and one JSON Lines read. --reports also times the first and a cached render of a report's HTML.
#
# The job is started through the gateway; it is followed at the analytics service directly (the gateway allows 600
# requests per minute per client, and a 20 ms poll would exceed it). Tokens come from the stack's Keycloak.
#
#   bench/analytics-snapshot.sh [runs=5] [--warmup N] [--rows N] [--others N] [--new-cycle] [--keep] [--reports] [--only-baseline]
#   bench/analytics-snapshot.sh --cleanup        deletes the synthetic rows (the second cycle stays; it is reused)
#
# A stack started with -Dtip.port-base=B: PORT_BASE=B (gateway B, questionnaire B+1, registry B+2, analytics B+3,
# Keycloak B+100, PostgreSQL B+7352), and TIP_LOGS=<stack home>/logs (default .stack/logs). The synthetic rows are
# removed at the end unless --keep. The second cycle pre-fills every country's whole registry inventory: run it on a
# registry without the leftovers of other benchmarks (registry-reconcile.sh, questionnaire-end-to-end.sh and
# questionnaire-registry-outage.sh leave their cycles' instruments there), or its size is not the baseline's.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-jar.sh

RUNS=5
ROWS=34650
OTHERS=
WARMUP=2
CLEANUP=false
KEEP=false
REPORTS=false
NEW_CYCLE=false
ONLY_BASELINE=false
while [ $# -gt 0 ]; do
  case $1 in
    --rows) ROWS=$2; shift 2 ;;
    --others) OTHERS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --cleanup) CLEANUP=true; shift ;;
    --keep) KEEP=true; shift ;;
    --reports) REPORTS=true; shift ;;
    --new-cycle) NEW_CYCLE=true; shift ;;
    --only-baseline) ONLY_BASELINE=true; shift ;;
    [0-9]*) RUNS=$1; shift ;;
    *) sed -n '2,36p' "$0"; exit 2 ;;
  esac
done

OTHERS=${OTHERS:-$ROWS}
BASE=${PORT_BASE:-8080}
GW=${GW:-http://localhost:$BASE}
QS=http://localhost:$((BASE + 1))
RS=http://localhost:$((BASE + 2))
AN=http://localhost:$((BASE + 3))
KC=http://localhost:$((BASE + 100))/realms/oas-tip/protocol/openid-connect/token
LOGS=${TIP_LOGS:-.stack/logs}
PSQL=(/usr/bin/psql -h localhost -p $((BASE + 7352)) -U postgres -d registry -X -q -v ON_ERROR_STOP=1)
NOTE='synthetic cycle benchmark data'
NOTE_OTHERS='synthetic other benchmark data'
BASELINE=2015-2018
sql() { "${PSQL[@]}" -At -c "$1"; }
# The registry renders versions loaded by SQL in the background (VersionRenderingPass, a batch every 10 s) and reads
# them the slow way meanwhile: wait until it has rendered them all, so that a snapshot measures the read as it will be.
await_renderings() {
  local left t0; t0=$(ms)
  while left=$(sql "select count(*) from instrument_version where rendered_shape is null") && (( left > 0 )); do
    (( $(ms) - t0 > 600000 )) && { echo "   the registry did not render $left versions in 10 minutes" >&2; exit 1; }
    sleep 2
  done
  echo "   rendered by the registry after $(( ($(ms) - t0) / 1000 )) s"
}

cleanup() {
  echo "Deleting the synthetic instruments, their versions, cycle rows and history..."
  "${PSQL[@]}" <<SQL
begin;
create temp table synthetic on commit drop as select id from instrument where provenance_note in ('$NOTE', '$NOTE_OTHERS');
delete from instrument_cycle where instrument_id in (select id from synthetic);
delete from instrument_version where instrument_id in (select id from synthetic);
delete from instrument_change where instrument_id in (select id from synthetic);
delete from idempotency_record where jsonb_typeof(result) = 'number' and (result #>> '{}')::bigint in (select id from synthetic);
delete from instrument where id in (select id from synthetic);
commit;
vacuum analyze instrument;
vacuum analyze instrument_version;
vacuum analyze instrument_cycle;
SQL
  echo "Left: $(sql "select count(*) from instrument") instruments."
}
if $CLEANUP; then
  cleanup
  exit 0
fi

$ONLY_BASELINE || bench_build
for url in "$QS" "$RS" "$AN" "$GW"; do
  curl -sf -o /dev/null "$url/q/health/ready" || { echo "$url is not ready: start the stack first (PORT_BASE=$BASE)" >&2; exit 1; }
done
REGISTRY_LOG=$LOGS/registry-service.log
[ -f "$REGISTRY_LOG" ] || { echo "no registry log at $REGISTRY_LOG: set TIP_LOGS to the stack's logs folder" >&2; exit 1; }
APID=$(pgrep -f -- "-Dquarkus.http.port=$((BASE + 3)) -jar quarkus-run.jar")
[[ $(wc -w <<<"$APID") == 1 ]] || { echo "expected one analytics process on port $((BASE + 3)), found '$APID'" >&2; exit 1; }
JAVA_BIN=$(dirname "$(readlink -f "/proc/$APID/exe")")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

token() { # client secret
  curl -sf -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2" "$KC" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}'; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" <<<"$2"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$APID/status"; }
heap_kb() { # used and committed of the heap now, from jcmd GC.heap_info (Serial: "total N K, used M K" per generation)
  "$JAVA_BIN/jcmd" "$APID" GC.heap_info 2>/dev/null | awk '/generation +total/ {
      for (i = 1; i <= NF; i++) { if ($i == "total") t += $(i + 1); if ($i == "used") u += $(i + 1) } }
    END {printf "%d %d\n", u, t}' | tr -d K
}
cycle_count() { # instruments the registry's cycle read gives, by the same query the service runs
  sql "select count(*) from instrument_cycle c join instrument i on i.id = c.instrument_id where c.cycle = '$1'"
}

# the second cycle: the latest bench-cycle2-* the questionnaire service knows, all of whose publications were delivered
if ! $ONLY_BASELINE; then
  ADMIN=$(token questionnaire-service local-dev-secret-questionnaire-service)
  CYCLE2=""
  if ! $NEW_CYCLE; then
    CYCLE2=$(curl -sf -H "Authorization: Bearer $ADMIN" "$QS/api/questionnaire/v1/cycles" \
      | grep -o '"code":"bench-cycle2-[^"]*"' | sed 's/"code":"\(.*\)"/\1/' | sort | tail -1 || true)
    if [ -n "$CYCLE2" ]; then
      delivered=$(curl -sf -H "Authorization: Bearer $ADMIN" "$QS/api/questionnaire/v1/publications?cycle=$CYCLE2" | grep -o '"DELIVERED"' | wc -l)
      [ "$delivered" -ge 34 ] || CYCLE2=""
    fi
  fi
  if [ -z "$CYCLE2" ]; then
    echo "== making the second cycle: 34 member states answer oas-tip-structured v2 and are accepted"
    QUESTIONNAIRE_URL=$QS REGISTRY_URL=$RS TOKEN_URL=$KC bench second-cycle "$TMP/cycle" 34 \
      "$(date -u +%Y)-12-31"
    CYCLE2=$(cat "$TMP/cycle")
  else
    echo "== reusing the second cycle $CYCLE2 (--new-cycle makes another)"
  fi
  synthetic=$(sql "select count(*) from instrument where provenance_note in ('$NOTE', '$NOTE_OTHERS')")
  if [ "$synthetic" != 0 ]; then
    echo "The registry still holds $synthetic synthetic instruments of an earlier run: bench/analytics-snapshot.sh --cleanup first." >&2
    exit 1
  fi
fi

if ! $ONLY_BASELINE && (( OTHERS > 0 )); then
  echo "== loading $OTHERS synthetic instruments of no cycle (bench/analytics-cycle-data.sql, desk research)..."
  load0=$(ms)
  "${PSQL[@]}" -v rows="$OTHERS" -v cycle= -v note="$NOTE_OTHERS" -v valid_from="$(date -u +%F)" -f bench/analytics-cycle-data.sql
  echo "   loaded in $(( ($(ms) - load0) / 1000 )) s"
  await_renderings
fi
echo "== registry: $(sql "select count(*) from instrument") instruments in all, $(cycle_count $BASELINE) in $BASELINE${CYCLE2:+, $(cycle_count "$CYCLE2") in $CYCLE2}"
echo "   analytics service: pid $APID, $(tr '\0' ' ' < "/proc/$APID/cmdline" | grep -o -- '-Xm[sx][^ ]*' | tr '\n' ' ')"

declare -A RESULTS # label -> lines "server client rssBefore rssPeak rssAfter heapPeakUsed heapPeakCommitted heapAfterUsed instruments"
declare -A PHASES  # label -> lines "questionnaire registry merge compute pages registryServerSum registryPageMedian"

# snap CYCLE LABEL COUNT(0|1): one snapshot job, followed until DONE; with COUNT=1 its figures go to RESULTS[LABEL]
snap() {
  local cycle=$1 label=$2 count=$3
  local analyst; analyst=$(token oas-system local-dev-secret-oas-system)
  local log_from; log_from=$(wc -l < "$REGISTRY_LOG")
  local rss0; rss0=$(rss_kb)
  "$JAVA_BIN/jstat" -gc "$APID" 100 > "$TMP/jstat" 2>/dev/null &
  local jstat=$! wait_until=$(( $(ms) + 3000 ))
  while (( $(wc -l < "$TMP/jstat") < 2 && $(ms) < wait_until )); do sleep 0.05; done # jstat attached, first sample
  local t0; t0=$(ms)
  local location; location=$(curl -sf -X POST -H "Authorization: Bearer $analyst" -D - -o /dev/null "$GW/api/analytics/v1/cycles/$cycle/snapshots" \
    | sed -n 's/^[Ll]ocation: *//p' | tr -d '\r')
  location=${location#http*://*/}
  local job="$AN/${location#/}"
  local body status peak=$rss0 r
  while true; do
    body=$(curl -sf -H "Authorization: Bearer $analyst" "$job")
    status=$(field status "$body")
    r=$(rss_kb); (( r > peak )) && peak=$r
    [ "$status" = DONE ] || [ "$status" = FAILED ] && break
    sleep 0.02
  done
  local t1; t1=$(ms)
  kill "$jstat" 2>/dev/null; wait "$jstat" 2>/dev/null || true
  [ "$status" = DONE ] || { echo "job failed: $body" >&2; exit 1; }
  local rss1; rss1=$(rss_kb)
  local heap1; heap1=$(heap_kb)
  # jstat -gc: S0C S1C S0U S1U EC EU OC OU ... (KB); used = S0U+S1U+EU+OU, committed = S0C+S1C+EC+OC
  # and its last columns FGC FGCT CGC CGCT GCT: the collections' time during the job (from the first to the last sample)
  local heap_peak; heap_peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; c = $1 + $2 + $5 + $7;
      if (u > mu) mu = u; if (c > mc) mc = c } END {printf "%d %d\n", mu, mc}' "$TMP/jstat")
  local gc; gc=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if (first == "") { first = $NF; f0 = $(NF - 4) } last = $NF; f1 = $(NF - 4) }
      END {printf "%d %d\n", (last - first) * 1000, f1 - f0}' "$TMP/jstat")
  local snapshot; snapshot=$(field snapshotId "$body")
  local view; view=$(curl -sf -H "Authorization: Bearer $analyst" "$AN/api/analytics/v1/snapshots/$snapshot")
  local instruments; instruments=$(grep -o '"instrumentCount":[0-9]*' <<<"$view" | head -1 | cut -d: -f2)
  local taken; taken=$(grep -o '"takenAt":"[^"]*"' <<<"$view" | head -1 | cut -d'"' -f4)
  local stored; stored=$("${PSQL[@]}" -d analytics -At -c "select octet_length(content::text) / 1024 from snapshot where id = $snapshot")
  # where the time goes, from the registry's access log (each line: the time it answered, and how long it took): the
  # job's start to the first instrument page (the questionnaire reads and the countries page), the instrument pages,
  # then the rest (merging the streams, populations, every indicator computed, the snapshot stored)
  sleep 0.2 # the access log is written asynchronously
  sed -n "$((log_from + 1)),\$p" "$REGISTRY_LOG" | grep -E "/api/registry/v1/instruments(/export\.ndjson)?\?" | grep -E "[?&]cycle=$cycle[& ]" \
    | awk '{d = ""; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+ms$/) d = $i; sub(/ms$/, "", d); print $1, d}' > "$TMP/regpages" || true
  local timing; timing=$(python3 - "$body" "$TMP/regpages" "$taken" <<'PY'
import datetime as d, json, statistics, sys
job = json.loads(sys.argv[1])
at = lambda s: d.datetime.fromisoformat(s.replace('Z', '+00:00')).timestamp() * 1000
created, finished, taken = at(job['createdAt']), at(job['finishedAt']), at(sys.argv[3])
day = d.datetime.fromtimestamp(finished / 1000, d.timezone.utc).date()
pages = []
for line in open(sys.argv[2]):
    t, ms = line.split()
    hms = d.datetime.strptime(t, '%H:%M:%S.%f').time()
    end = d.datetime.combine(day, hms, d.timezone.utc).timestamp() * 1000
    pages.append((end - int(ms), end, int(ms)))
if pages:
    first, last = min(p[0] for p in pages), max(p[1] for p in pages)
    own = [p[2] for p in pages]
    print(int(finished - created), len(pages), int(first - created), int(last - first), sum(own), int(statistics.median(own)),
          int(taken - last), int(finished - taken))
else:
    print(int(finished - created), 0, -1, -1, -1, -1, -1, int(finished - taken))
PY
)
  local server questionnaire_ms registry_ms own page_median merge after ipages
  read -r server ipages questionnaire_ms registry_ms own page_median merge after <<<"$timing"
  printf '   %-9s %-34s snapshot %-5s %6d ms (client %6d ms), %6d instruments, %s pages; RSS %4d -> peak %4d -> %4d MB; heap peak %4d MB used / %4d MB committed, after %4d MB used; start -> 1st registry page %5d ms, registry pages %5d ms (own time %5d ms, median page %s ms), -> pull done (merge) %4d ms, compute+store %5d ms; GC %4d ms (%s full); stored %d KB\n' \
    "$([ "$count" = 1 ] && echo "$label" || echo "(warm-up)")" "$cycle" "$snapshot" "$server" "$((t1 - t0))" "$instruments" "$ipages" \
    $((rss0 / 1024)) $((peak / 1024)) $((rss1 / 1024)) $(( ${heap_peak% *} / 1024 )) $(( ${heap_peak#* } / 1024 )) $(( ${heap1% *} / 1024 )) \
    "$questionnaire_ms" "$registry_ms" "$own" "$page_median" "$merge" "$after" ${gc% *} "${gc#* }" "$stored"
  if [ "$count" = 1 ]; then
    RESULTS[$label]+="$server $((t1 - t0)) $rss0 $peak $rss1 ${heap_peak% *} ${heap_peak#* } ${heap1% *} $instruments"$'\n'
    PHASES[$label]+="$questionnaire_ms $registry_ms $own $page_median $merge $after ${gc% *} $stored"$'\n'
    if $REPORTS; then report "$snapshot"; fi
  fi
}

# report SNAPSHOT: a report of it, its HTML's first and a cached render, and its gzip size (through the gateway)
report() {
  local admin; admin=$(token questionnaire-service local-dev-secret-questionnaire-service)
  local id; id=$(curl -sf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "{\"snapshotId\": $1}" \
    "$GW/api/analytics/v1/reports" | sed 's/^{"id":\([0-9]*\).*/\1/')
  local first again size
  first=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $admin" -H 'Accept: text/html' "$GW/api/analytics/v1/reports/$id")
  again=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $admin" -H 'Accept: text/html' "$GW/api/analytics/v1/reports/$id")
  size=$(curl -sf -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Authorization: Bearer $admin" -H 'Accept: text/html' \
    "$GW/api/analytics/v1/reports/$id")
  echo "             report $id: HTML first render $(awk -v t="$first" 'BEGIN {printf "%d", t * 1000}') ms, cached $(awk -v t="$again" 'BEGIN {printf "%d", t * 1000}') ms, gzip $size bytes"
}

col() { # label column(1-based) [divisor]
  awk -v c="$2" -v d="${3:-1}" 'NF {print int($c / d)}' <<<"${RESULTS[$1]}" | median
}
pcol() { awk -v c="$2" 'NF {print $c}' <<<"${PHASES[$1]}" | median; }

phase() { # title, then pairs of cycle label
  echo
  echo "== $1"
  shift
  local args=("$@") i k
  for ((i = 1; i <= WARMUP; i++)); do
    for ((k = 0; k < ${#args[@]}; k += 2)); do snap "${args[k]}" "${args[k + 1]}" 0; done
  done
  for ((i = 1; i <= RUNS; i++)); do
    for ((k = 0; k < ${#args[@]}; k += 2)); do snap "${args[k]}" "${args[k + 1]}" 1; done
  done
  # what the service keeps once the jobs are over: the heap after a full collection (not after every run: the heap
  # shrinks at a full collection, and the next large job would pay for growing it again)
  local before; before=$(heap_kb)
  "$JAVA_BIN/jcmd" "$APID" GC.run > /dev/null 2>&1 || true
  local live; live=$(heap_kb)
  echo "   after the phase: heap used $(( ${before% *} / 1024 )) MB of $(( ${before#* } / 1024 )) MB committed; after a full GC (jcmd GC.run)"\
" $(( ${live% *} / 1024 )) MB used of $(( ${live#* } / 1024 )) MB; RSS $(( $(rss_kb) / 1024 )) MB"
}

# registry_reads CYCLE: the registry's read of the cycle alone, side by side, RUNS times each, alternately: its pages of
# 1000 followed one after another (the way snapshots read it before the JSON Lines export) and the one streamed read the
# analytics service makes now; both straight to the registry, with the analytics' token, the bodies discarded
registry_reads() {
  local cycle=$1 token paged=() streamed=() t0 cursor page bytes
  for ((i = 1; i <= RUNS; i++)); do
    token=$(token oas-system local-dev-secret-oas-system)
    t0=$(ms); cursor=""; bytes=0
    while :; do
      page=$(curl -sf -H "Authorization: Bearer $token" "$RS/api/registry/v1/instruments?cycle=$cycle&limit=1000${cursor:+&cursor=$cursor}")
      bytes=$((bytes + ${#page}))
      cursor=$(tail -c 200 <<<"$page" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')
      [ -n "$cursor" ] || break
    done
    paged+=($(( $(ms) - t0 )))
    t0=$(ms)
    curl -sf -o /dev/null -H "Authorization: Bearer $token" "$RS/api/registry/v1/instruments/export.ndjson?cycle=$cycle"
    streamed+=($(( $(ms) - t0 )))
  done
  echo "   the registry's read of $cycle alone ($((bytes / 1024)) KB as pages), medians of $RUNS: pages of 1000, one after another"\
" $(printf '%s\n' "${paged[@]}" | median) ms; one JSON Lines read $(printf '%s\n' "${streamed[@]}" | median) ms"
}

if $ONLY_BASELINE; then
  phase "baseline only, $RUNS runs" $BASELINE baseline
else
  phase "A: baseline and the 34-country second cycle, alternately, $RUNS runs each" $BASELINE baseline "$CYCLE2" second
  echo
  echo "== loading $ROWS synthetic instruments into cycle $CYCLE2 (bench/analytics-cycle-data.sql)..."
  load0=$(ms)
  "${PSQL[@]}" -v rows="$ROWS" -v cycle="$CYCLE2" -v valid_from="$(date -u +%Y)-12-31" -f bench/analytics-cycle-data.sql
  echo "   loaded in $(( ($(ms) - load0) / 1000 )) s; registry: $(sql "select count(*) from instrument") instruments in all,"\
" $(cycle_count $BASELINE) in $BASELINE, $(cycle_count "$CYCLE2") in $CYCLE2"
  await_renderings
  phase "B: baseline and the same cycle at 100 times the baseline, alternately, $RUNS runs each" $BASELINE baseline-B "$CYCLE2" hundred
  registry_reads "$CYCLE2"
  if $KEEP; then
    echo "   --keep: the synthetic rows stay (bench/analytics-snapshot.sh --cleanup removes them)"
  else
    cleanup
  fi
fi

echo
echo "== medians over $RUNS runs (ms; MB)"
printf '   %-11s %11s %8s %7s %5s %5s %5s %6s %5s %5s %10s %8s %6s %4s %5s %7s %5s %7s\n' scenario instruments snapshot client \
  rss0 rssPk rss1 heapPk heapC heap1 toRegistry registry regOwn page merge compute GC storedKB
for label in baseline second baseline-B hundred; do
  [ -n "${RESULTS[$label]:-}" ] || continue
  printf '   %-11s %11s %8s %7s %5s %5s %5s %6s %5s %5s %10s %8s %6s %4s %5s %7s %5s %7s\n' "$label" "$(col "$label" 9)" "$(col "$label" 1)" \
    "$(col "$label" 2)" "$(col "$label" 3 1024)" "$(col "$label" 4 1024)" "$(col "$label" 5 1024)" "$(col "$label" 6 1024)" \
    "$(col "$label" 7 1024)" "$(col "$label" 8 1024)" "$(pcol "$label" 1)" "$(pcol "$label" 2)" "$(pcol "$label" 3)" \
    "$(pcol "$label" 4)" "$(pcol "$label" 5)" "$(pcol "$label" 6)" "$(pcol "$label" 7)" "$(pcol "$label" 8)"
done
echo "   snapshot: the job's createdAt -> finishedAt; client: POST through the gateway -> job read DONE; rss0/rssPk/rss1:"
echo "   the analytics service's RSS before / peak during / after the job; heapPk/heapC: peak heap used / committed during"
echo "   the job (jstat, 100 ms); heap1: heap used after it (jcmd GC.heap_info, no GC forced; each phase ends with the heap"
echo "   after a full GC: what the service keeps). From the registry's access log: toRegistry: job created -> its first"
echo "   instrument read asked (the questionnaire reads: the cycle, coded answers, the accepted answers page by page, the"
echo "   definitions, the countries page); registry: first instrument read asked -> last answered (regOwn: the registry's"
echo "   own time for them, summed over the streams; page: their median); merge: last read answered -> the pull's end (the"
echo "   snapshot's takenAt: the streams merged in id order); compute: takenAt -> job finished (populations, every indicator"
echo "   computed, the snapshot stored); GC: the"
echo "   analytics JVM's collection time during the job (jstat); storedKB: the snapshot's frozen content (JSON text)."
echo "   Target (issue 10): 100 times the baseline's instruments <= 3000 ms without holding the whole registry in memory."
