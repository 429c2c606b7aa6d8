#!/usr/bin/env bash
# (b) Durability of acknowledged writes across a crash of the questionnaire-service (the bench module's scenario
# crash-load, CrashLoad.java): several countries save and submit for LOAD seconds on a fresh cycle; their clients
# retry with the same Idempotency-Key (and a re-read ETag) on connection errors and 5xx. This script kill -9s the
# questionnaire-service at KILL_AT s and starts it again at RESTART_AT s with the stack's command line (detached, log in
# /tmp); afterwards every acknowledged write is compared with the stored answers and history: missing writes and
# duplicated submissions; the script exits with status 1 when an acknowledged write is missing or duplicated (the build
# runs the same check, shorter: deploy/local-stack QuestionnaireCrashIT).
# The restarted service is this script's child, no longer the stack's: stopping the stack (Ctrl-C in its tmux session)
# will not stop it; stop it by its pid (printed) if needed.
#
#   bench/questionnaire-crash.sh [loadSeconds=60] [countries=8]      KILL_AT=20 RESTART_AT=25 (PORT_BASE=B: stack on B)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/questionnaire-lib.sh
LOAD=${1:-60}
COUNTRIES=${2:-8}
KILL_AT=${KILL_AT:-20}
RESTART_AT=${RESTART_AT:-25}
bench_build
require_stack
capture_service $QS_PORT
echo "questionnaire-service: pid $SVC_PID, in $SVC_CWD: ${SVC_CMD[*]}"
READY=$(mktemp -u /tmp/questionnaire-crash-ready.XXXXXX)
bench crash-load "$READY" "$LOAD" "$COUNTRIES" &
BENCH=$!
until [[ -s $READY ]]; do
  kill -0 "$BENCH" 2>/dev/null || { wait "$BENCH"; exit 1; }
  sleep 0.1
done
T0=$(cat "$READY")
rm -f "$READY"
sleep_until $((T0 + KILL_AT * 1000))
kill -9 "$SVC_PID"
echo "   [script] kill -9 $SVC_PID at +$(( ($(ms_now) - T0) )) ms"
sleep_until $((T0 + RESTART_AT * 1000))
LOG=/tmp/questionnaire-service-restart-$(date +%Y%m%d-%H%M%S).log
start_service questionnaire "$LOG"
echo "   [script] questionnaire-service started again at +$(( ($(ms_now) - T0) )) ms, log $LOG"
if wait_ready $QS_PORT 120; then
  echo "   [script] ready at +$(( ($(ms_now) - T0) )) ms, pid $(service_pid $QS_PORT)"
fi
wait "$BENCH"
