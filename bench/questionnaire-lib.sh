# Helpers shared by bench/questionnaire-*.sh (sourced, not run): find a service the local stack started, stop it, and
# start it again with the same command line, working directory and environment variables as the stack uses
# (deploy/local-stack LocalStack.serviceEnv / QuarkusService.start); and the bench module's programs (bench/bench-jar.sh).

source bench/bench-jar.sh

KC=${KC:-http://localhost:8180/realms/oas-tip}
PG=${PG:-jdbc:postgresql://localhost:15432}

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
      QUARKUS_REST_CLIENT_REGISTRY_URL=http://localhost:8082 \
      setsid "${SVC_CMD[@]}" ) > "$log" 2>&1 < /dev/null &
}

# wait_ready PORT SECONDS: until /q/health/ready answers 200
wait_ready() {
  local until=$(( $(date +%s) + $2 ))
  until curl -sf -o /dev/null "http://localhost:$1/q/health/ready"; do
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
  for port in 8081 8082; do
    curl -sf -o /dev/null "http://localhost:$port/q/health/ready" || { echo "service on port $port is not ready: start the stack first" >&2; exit 1; }
  done
}
