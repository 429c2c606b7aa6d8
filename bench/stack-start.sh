#!/usr/bin/env bash
# Wall time of a start of the local stack with nothing changed since the last build, to its "Stack ready" line, side by
# side: `./stack` (builds only what changed: here nothing) and the former command `./mvnw -q install -DskipTests -Dstack`
# (builds and repackages everything, then starts). Each is started RUNS times after one warm-up start that is not counted
# (it unpacks and builds Keycloak the first time); each run is stopped (SIGTERM to the launcher) before the next.
# Runs on its own ports and state (PORT_BASE, STACK_HOME), never the developer's 8080 and .stack; keep PORT_BASE + 7352
# below 32768 (Linux's range for outgoing connections starts there: a port in it may be taken for a moment). Medians are printed.
#
#   bench/stack-start.sh [runs]      e.g. MAVEN_ARGS=-o PORT_BASE=20080 bench/stack-start.sh 5
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
WARMUP=${WARMUP:-1}   # 0: no uncounted warm-up start
PORT_BASE=${PORT_BASE:-20080}
STACK_HOME=${STACK_HOME:-/tmp/tip-stack-bench-$PORT_BASE}
ONLY=${ONLY:-"stack maven"}   # which commands to time
LOGS=$(mktemp -d)

ms_now() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

command_of() {
  case $1 in
    stack) echo "./stack --port-base $PORT_BASE --home $STACK_HOME" ;;
    maven) echo "./mvnw -q -B install -DskipTests -Dstack -Dtip.port-base=$PORT_BASE -Dtip.stack-home=$STACK_HOME" ;;
  esac
}

# the ports a stack on PORT_BASE listens on: gateway, services, control, Keycloak, PostgreSQL
ports() { echo $PORT_BASE $((PORT_BASE + 1)) $((PORT_BASE + 2)) $((PORT_BASE + 3)) $((PORT_BASE + 99)) $((PORT_BASE + 100)) $((PORT_BASE + 7352)); }
listening() { for p in $(ports); do ss -ltn "sport = :$p" | grep -q LISTEN && return 0; done; return 1; }

# one start: prints the milliseconds to "Stack ready", then stops the stack (SIGTERM to the launcher, whose shutdown
# hook stops every part) and waits until none of its ports is held any more
start_once() {
  local log=$LOGS/$1-$2.log t0 pid launcher
  if listening; then echo "a port of $(ports) is in use: stop what holds it first" >&2; exit 1; fi
  : > "$log"
  t0=$(ms_now)
  $(command_of "$1") > "$log" 2>&1 &
  pid=$!
  until grep -q '^Stack ready' "$log"; do
    sleep 0.1
    if ! kill -0 "$pid" 2>/dev/null; then echo "$1 stopped before it was ready; see $log" >&2; exit 1; fi
  done
  echo $(($(ms_now) - t0))
  # the launcher is the JVM that holds the control port (./stack's own java, or Maven's with exec:java)
  launcher=$(ss -ltnpH "sport = :$((PORT_BASE + 99))" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
  kill -TERM "$launcher"
  wait "$pid" || true
  while listening; do sleep 0.2; done
}

echo "port base $PORT_BASE, state in $STACK_HOME, logs in $LOGS, MAVEN_ARGS=${MAVEN_ARGS:-}, load $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in $ONLY; do
  warm=0
  if [ "$WARMUP" = 1 ]; then warm=$(start_once "$mode" warm-up); fi
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    times+=($(start_once "$mode" "$i"))
  done
  printf '%-6s %-95s warm-up %6d ms, then median %6d ms (runs: %s)\n' "$mode" "$(command_of "$mode")" "$warm" "$(median "${times[@]}")" "${times[*]}"
done
