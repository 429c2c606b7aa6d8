#!/usr/bin/env bash
# Throughput of the public channel directory through the gateway: wrk for 60 s (2 threads, 48 connections, --latency)
# on GET /api/registry/v1/directory/channels?country=... for ten countries in turn (bench/registry-directory.lua);
# prints req/s, p50/p99 and the count of non-2xx answers. Targets: >= 3,000 req/s, 0 errors, p99 <= 20 ms.
# Needs the local stack running (./mvnw -q install -DskipTests -Dstack) and wrk (apt-get install -y wrk).
#
#   bench/registry-directory.sh [duration] [connections]       e.g. bench/registry-directory.sh 60s 64
#
# Rate limit: the stack's gateway (8080) allows 600 requests per minute per client, and wrk from one address is one
# anonymous client, so nearly every request would be a 429. As bench/gateway-overhead.sh does, this starts a second
# gateway on port 9180 with the stack's JVM options and its budget raised to 100,000,000 per minute: the limiter stays
# in the request path (its cost is measured), only its budget is out of the way, and the stack's gateway keeps its
# normal limits. The second gateway is stopped when the script ends.
#
# Measure on the baseline data: the synthetic instruments of bench/registry-search.sh add thousands of channels per
# country, which changes what is measured; the script refuses to run while they are loaded (--cleanup them first).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-60s}
CONNECTIONS=${2:-48}
PORT=9180
PSQL=(/usr/bin/psql -h localhost -p "${PGPORT:-15432}" -U postgres -d registry -X -q -At)

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
curl -sf -o /dev/null http://localhost:8090/q/health/ready || { echo "The local stack is not running." >&2; exit 1; }
synthetic=$("${PSQL[@]}" -c "select count(*) from instrument where provenance_note = 'synthetic benchmark data'" 2>/dev/null || echo 0)
if [ "$synthetic" != 0 ]; then
  echo "$synthetic synthetic instruments are loaded; run bench/registry-search.sh --cleanup first." >&2
  exit 1
fi

(cd gateway/target/quarkus-app && \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:8180/realms/oas-tip TIP_GATEWAY_REGISTRY_URL=http://localhost:8082 \
  TIP_GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 QUARKUS_LOG_LEVEL=WARN \
  exec java -Xms24m -Xmx128m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -Xss512k \
    -XX:SharedArchiveFile=app-cds.jsa -Dquarkus.management.port=$((PORT + 10)) -Dquarkus.http.port=$PORT -jar quarkus-run.jar) > /tmp/bench-gateway-directory.log 2>&1 &
GW=$!
trap 'kill $GW 2>/dev/null' EXIT
for _ in $(seq 300); do
  curl -sf -o /dev/null http://localhost:$((PORT + 10))/q/health/live && break
  kill -0 $GW 2>/dev/null || { echo "The second gateway did not start; see /tmp/bench-gateway-directory.log" >&2; exit 1; }
  sleep 0.1
done

URL=http://localhost:$PORT
status=$(curl -s -o /dev/null -w '%{http_code}' "$URL/api/registry/v1/directory/channels?country=ARG")
if [ "$status" != 200 ]; then
  echo "The directory answers $status through the gateway; is the stack built from a registry that has it?" >&2
  exit 1
fi
echo "Warm-up (10 s)..."
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/registry-directory.lua "$URL" > /dev/null
# let the gateway finish closing the warm-up's connections: requests racing that teardown can get a 502
sleep 3
echo "Measuring ($DURATION, 2 threads, $CONNECTIONS connections) through the gateway on port $PORT:"
out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 2s --latency -s bench/registry-directory.lua "$URL")
echo "$out"
result=$(echo "$out" | grep '^RESULT')
value() { echo "$result" | sed "s/.* $1=\([0-9.]*\).*/\1/"; }
echo
printf 'req/s %s (target >= 3000)   p50 %s ms   p99 %s ms (target <= 20)   non-2xx %s, socket errors %s (target 0)\n' \
  "$(value req_per_s)" "$(value p50_ms)" "$(value p99_ms)" "$(value non_2xx)" "$(value socket_errors)"
echo "machine load (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; wrk shares them with the gateway and the registry"
if awk -v r="$(value req_per_s)" -v p="$(value p99_ms)" -v n="$(value non_2xx)" -v s="$(value socket_errors)" \
     'BEGIN { exit !(r >= 3000 && p <= 20 && n == 0 && s == 0) }'; then
  echo "targets: MET"
else
  echo "targets: MISSED"
fi
