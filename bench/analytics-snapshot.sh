#!/usr/bin/env bash
# A cycle's snapshot through the API on the local stack (./mvnw -q install -DskipTests -Dstack): the job pulls the
# registry's instruments and the questionnaire's assignments, answers and coded answers, freezes them and computes
# every indicator. Then a report of it: the first HTML render (50 charts drawn) and the cached ones. RUNS times; medians.
#
#   bench/analytics-snapshot.sh [runs] [cycle]        default: 7 2015-2018
set -euo pipefail
RUNS=${1:-7}
CYCLE=${2:-2015-2018}
GW=${GW:-http://localhost:8080}
KC=${KC:-http://localhost:8180/realms/oas-tip/protocol/openid-connect/token}
token() { sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
ANALYST=$(curl -sf -d grant_type=client_credentials -d client_id=oas-system -d client_secret=local-dev-secret-oas-system "$KC" | token)
ADMIN=$(curl -sf -d grant_type=client_credentials -d client_id=questionnaire-service \
  -d client_secret=local-dev-secret-questionnaire-service "$KC" | token)
ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
jobs=() servers=() firsts=() cached=() sizes=()
for ((i = 1; i <= RUNS; i++)); do
  t0=$(ms)
  job=$(curl -sf -X POST -H "Authorization: Bearer $ANALYST" -D - -o /dev/null "$GW/api/analytics/v1/cycles/$CYCLE/snapshots" \
    | sed -n 's/^[Ll]ocation: *//p' | tr -d '\r')
  while body=$(curl -sf -H "Authorization: Bearer $ANALYST" "$job"); ! grep -q '"DONE"\|"FAILED"' <<< "$body"; do sleep 0.05; done
  t1=$(ms)
  grep -q '"DONE"' <<< "$body" || { echo "job failed: $body" >&2; exit 1; }
  snapshot=$(sed 's/.*"snapshotId":\([0-9]*\).*/\1/' <<< "$body")
  # the job's own time, as the service recorded it (from queued to done)
  servers+=("$(python3 -c "import json,sys,datetime as d; j=json.loads(sys.argv[1]); f=lambda s: d.datetime.fromisoformat(s.replace('Z','+00:00')); print(int((f(j['finishedAt'])-f(j['createdAt'])).total_seconds()*1000))" "$body")")
  jobs+=("$((t1 - t0))")
  report=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d "{\"snapshotId\": $snapshot}" \
    "$GW/api/analytics/v1/reports" | sed 's/^{"id":\([0-9]*\).*/\1/')
  first=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $ADMIN" -H 'Accept: text/html' "$GW/api/analytics/v1/reports/$report")
  again=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $ADMIN" -H 'Accept: text/html' "$GW/api/analytics/v1/reports/$report")
  size=$(curl -sf -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Authorization: Bearer $ADMIN" -H 'Accept: text/html' \
    "$GW/api/analytics/v1/reports/$report")
  firsts+=("$(awk -v t="$first" 'BEGIN {printf "%d", t * 1000}')")
  cached+=("$(awk -v t="$again" 'BEGIN {printf "%d", t * 1000}')")
  sizes+=("$size")
  echo "run $i: snapshot $snapshot, job ${servers[-1]} ms (client saw $((t1 - t0)) ms), report $report HTML first ${firsts[-1]} ms, cached ${cached[-1]} ms, gzip $size bytes"
done
echo "medians over $RUNS runs: snapshot job $(printf '%s\n' "${servers[@]}" | median) ms (client $(printf '%s\n' "${jobs[@]}" | median) ms);" \
  "report HTML first render $(printf '%s\n' "${firsts[@]}" | median) ms, cached $(printf '%s\n' "${cached[@]}" | median) ms;" \
  "compressed size $(printf '%s\n' "${sizes[@]}" | median) bytes"
