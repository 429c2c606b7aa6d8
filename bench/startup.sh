#!/usr/bin/env bash
# Start time and memory of each packaged service: from process start to the first database-backed 200, and RSS
# after that first request. Needs the local stack's PostgreSQL and Keycloak running (./mvnw -q install -DskipTests -Dstack)
# and the services packaged. Each service is started RUNS times on a spare port beside the stack; medians are printed.
#
#   bench/startup.sh [runs]        JVM options can be tried with JAVA_OPTS="..." bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
KC=${KC:-http://localhost:8180/realms/oas-tip}
PG=${PG:-jdbc:postgresql://localhost:15432}
# the options the local stack runs services with (deploy/local-stack QuarkusService.SERVICE_JVM)
JAVA_OPTS=${JAVA_OPTS:-"-Xms24m -Xmx128m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=48m"}

token() {
  curl -sf -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2" "$KC/protocol/openid-connect/token" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
ADMIN=$(token questionnaire-service local-dev-secret-questionnaire-service)

ms_now() { date +%s%3N; }

measure() { # name module db port path [jvm options]
  local name=$1 module=$2 db=$3 port=$4 path=$5 opts=${6:-} starts=() rss=()
  for ((i = 1; i <= RUNS; i++)); do
    local t0; t0=$(ms_now)
    # run from the app folder: the AppCDS archive only maps when the class path matches the one it was built with
    (cd "$module/target/quarkus-app" && cds=$([ -f app-cds.jsa ] && echo "-XX:SharedArchiveFile=app-cds.jsa") && \
      QUARKUS_DATASOURCE_JDBC_URL="$PG/$db" QUARKUS_OIDC_AUTH_SERVER_URL="$KC" \
      TIP_GATEWAY_REGISTRY_URL=http://localhost:8082 TIP_GATEWAY_RATE_LIMIT_ENABLED=false \
      exec java ${opts:-$JAVA_OPTS} $cds -Dquarkus.management.port=$((port + 10)) -Dquarkus.http.port="$port" -Dquarkus.log.level=WARN -jar quarkus-run.jar) \
      > "/tmp/bench-$name.log" 2>&1 &
    local pid=$!
    until curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" "http://localhost:$port$path"; do
      sleep 0.01
      kill -0 $pid 2>/dev/null || { echo "$name died, see /tmp/bench-$name.log"; exit 1; }
    done
    local t1; t1=$(ms_now)
    starts+=($((t1 - t0)))
    rss+=($(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status))
    kill $pid; wait $pid 2>/dev/null || true
  done
  printf '%-22s start-to-first-DB-200 median %5d ms (runs: %s)   RSS after first request median %4d MB (runs: %s)\n' \
    "$name" "$(median "${starts[@]}")" "${starts[*]}" "$(median "${rss[@]}")" "${rss[*]}"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "JAVA_OPTS: $JAVA_OPTS"
measure questionnaire-service questionnaire-service questionnaire 9181 /api/questionnaire/v1/cycles
measure registry-service      registry-service      registry      9182 /api/registry/v1/countries
measure analytics-service     analytics-service     analytics     9183 /api/analytics/v1/populations
# the gateway: to its first proxied, database-backed 200 (the registry of the running stack answers), with its own options
measure gateway               gateway               -             9180 /api/registry/v1/countries \
  "-Xms24m -Xmx128m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -Xss512k"
