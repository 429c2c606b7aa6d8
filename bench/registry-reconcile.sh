#!/usr/bin/env bash
# One accepted response with N instruments published to the registry: the bulk reconcile (one POST /cycle-publications)
# and the per-instrument path used before (N sequential PUT /cycle-answers), interleaved round by round in one run
# (the bench module's scenario registry-reconcile, RegistryReconcile.java). Talks to the registry directly (:8082)
# with the questionnaire service's token.
# Needs the local stack (./mvnw -q install -DskipTests -Dstack). Creates 2 x N x (rounds + 3) instruments under
# cycle codes bench-*; the registry keeps them (start from a fresh .stack to drop them).
#
#   bench/registry-reconcile.sh [rounds=30] [instruments=100]      (PORT_BASE=B: stack on B)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-jar.sh
bench_build
BASE=${PORT_BASE:-8080}
bench registry-reconcile "http://localhost:$((BASE + 2))" "${1:-30}" "${2:-100}" "http://localhost:$((BASE + 100))/realms/oas-tip"
