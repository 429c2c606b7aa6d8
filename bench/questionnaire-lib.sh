# Helpers shared by bench/questionnaire-*.sh (sourced, not run): find a service the local stack started, stop it, and
# start it again with the same command line, working directory and environment variables as the stack uses
# (deploy/local-stack LocalStack.serviceEnv / QuarkusService.start); and the bench module's programs (bench/bench-jar.sh).

source bench/bench-jar.sh

# A stack started with -Dtip.port-base=B: PORT_BASE=B (questionnaire B+1, registry B+2, Keycloak B+100, PostgreSQL B+7352).
BASE=${PORT_BASE:-8080}
QS_PORT=$((BASE + 1))
RS_PORT=$((BASE + 2))
KC=${KC:-http://localhost:$((BASE + 100))/realms/oas-tip}
PG=${PG:-jdbc:postgresql://localhost:$((BASE + 7352))}
# where the bench module's programs find the services (Stack.fromEnvironment)
export QUESTIONNAIRE_URL=${QUESTIONNAIRE_URL:-http://localhost:$QS_PORT}
export REGISTRY_URL=${REGISTRY_URL:-http://localhost:$RS_PORT}
export TOKEN_URL=${TOKEN_URL:-$KC/protocol/openid-connect/token}

ms_now() { date +%s%3N; }

# service_pid PORT: the pid of the Quarkus service started with -Dquarkus.http.port=PORT (exactly one, or fail)
service_pid() {
  local pids
  pids=$(pgrep -f -- "-Dquarkus.http.port=$1 -jar quarkus-run.jar" || true)
  if [[ $(wc -w <<<"$pids") != 1 ]]; then
    echo "expected exactly one process with -Dquarkus.http.port=$1, found: '${pids}'" >&2
    return 1
  fi
  echo "$pids"
}

# capture_service PORT: remembers the running service's pid, command line and working directory
capture_service() {
  SVC_PORT=$1
  SVC_PID=$(service_pid "$1")
  SVC_CWD=$(readlink "/proc/$SVC_PID/cwd")
  mapfile -d '' SVC_CMD < "/proc/$SVC_PID/cmdline"
}

# start_service DATABASE LOG: starts the captured command again, detached (own session), with the stack's variables
start_service() {
  local db=$1 log=$2
  ( cd "$SVC_CWD" && exec env QUARKUS_DATASOURCE_JDBC_URL="$PG/$db" QUARKUS_DATASOURCE_USERNAME=postgres \
      QUARKUS_DATASOURCE_PASSWORD= QUARKUS_OIDC_AUTH_SERVER_URL="$KC" \
      QUARKUS_SMALLRYE_OPENAPI_OIDC_OPEN_ID_CONNECT_URL="$KC/.well-known/openid-configuration" \
      QUARKUS_REST_CLIENT_REGISTRY_URL=http://localhost:$RS_PORT \
      QUARKUS_REST_CLIENT_QUESTIONNAIRE_URL=http://localhost:$QS_PORT \
      setsid "${SVC_CMD[@]}" ) > "$log" 2>&1 < /dev/null &
}

# wait_ready PORT SECONDS: until /q/health/ready on its management port (PORT + 10) answers 200
wait_ready() {
  local until=$(( $(date +%s) + $2 ))
  until curl -sf -o /dev/null "http://localhost:$(( $1 + 10 ))/q/health/ready"; do
    if (( $(date +%s) > until )); then echo "port $1 not ready after $2 s" >&2; return 1; fi
    sleep 0.2
  done
}

# sleep_until EPOCH_MS
sleep_until() {
  local left=$(( $1 - $(ms_now) ))
  if (( left > 0 )); then sleep "$(printf '%d.%03d' $((left / 1000)) $((left % 1000)))"; fi
}

require_stack() {
  for port in $QS_PORT $RS_PORT; do
    curl -sf -o /dev/null "http://localhost:$(( port + 10 ))/q/health/ready" || { echo "service on port $port is not ready: start the stack first" >&2; exit 1; }
  done
}
