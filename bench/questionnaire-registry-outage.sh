#!/usr/bin/env bash
# (c) Publication to the registry across a registry outage (the bench module's scenarios outage-*,
# bench/src/.../questionnaire/RegistryOutage.java and OutageRecovery.java): on a fresh cycle
# K countries submit (the structured sample + a few phone lines each); the registry-service is stopped; the secretariat
# accepts the K responses; the outbox rows must stay PENDING with their attempts growing; the registry is started again
# (stack command line, detached, log in /tmp) and the time until every row is DELIVERED is measured; finally the registry
# must hold exactly one instrument per (cycle, country, question, position). Exits with status 1 when a check is not met
# (the build runs the same checks, smaller: deploy/local-stack RegistryOutageIT).
# The restarted registry is this script's child, no longer the stack's (see bench/questionnaire-crash.sh).
#
#   bench/questionnaire-registry-outage.sh [countries=20] [outageWatchSeconds=30] [extraChannels=3]
#   PORT_BASE=B: a stack started with -Dtip.port-base=B
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/questionnaire-lib.sh
K=${1:-20}
WATCH=${2:-30}
EXTRA=${3:-3}
bench_build
require_stack
echo "== (c) registry outage: $K acceptances while the registry-service is down (direct to :$QS_PORT and :$RS_PORT, secretariat token)"
CYCLE_FILE=$(mktemp /tmp/questionnaire-outage-cycle.XXXXXX)
bench outage-prepare "$CYCLE_FILE" "$K" "$EXTRA"
CYCLE=$(cat "$CYCLE_FILE")
rm -f "$CYCLE_FILE"
capture_service $RS_PORT
echo "   registry-service: pid $SVC_PID, in $SVC_CWD"
kill "$SVC_PID"
for _ in $(seq 1 150); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$SVC_PID" 2>/dev/null && kill -9 "$SVC_PID"
echo "   [script] registry-service stopped (SIGTERM)"
FAILED=0
# a check not met fails the script, but only once the registry runs again
bench outage-accept "$CYCLE" "$WATCH" || FAILED=1
LOG=/tmp/registry-service-restart-$(date +%Y%m%d-%H%M%S).log
T=$(ms_now)
start_service registry "$LOG"
echo "   [script] registry-service started again, log $LOG"
bench outage-recover "$CYCLE" "$T" || FAILED=1
echo "   [script] registry-service pid now $(service_pid $RS_PORT)"
if (( FAILED )); then
  echo "   [script] NOT MET (see above): exit status 1" >&2
  exit 1
fi
