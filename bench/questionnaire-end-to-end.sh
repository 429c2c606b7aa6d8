#!/usr/bin/env bash
# (a) questionnaire-service end to end, on fresh cycles over oas-tip-structured v1 (the bench module's scenario e2e,
# bench/src/.../questionnaire/EndToEnd.java and ConcurrentSaves.java):
#  1. for N countries in turn: one PATCH with the whole response (every item of the structured sample + 100 E.channels
#     phone lines), submission, acceptance; then poll the registry until all the country's instruments of the cycle are
#     there. Prints p50/p95 of patch+submit+accept and of end to end (until visible in the registry).
#  2. every country (34) saving small patches concurrently for LOAD seconds, one thread per country, If-Match, 412 ->
#     re-read and retry. Prints errors, req/s, p50/p99.
# Talks to the services directly (questionnaire :8081, registry :8082), not through the gateway, which rate-limits
# 600 req/min per client. Needs the local stack (./mvnw -q install -DskipTests -Dstack). About 8 minutes.
#
#   bench/questionnaire-end-to-end.sh [iterations=30] [loadSeconds=60] [warmup=1]      (PORT_BASE=B: stack on B)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/questionnaire-lib.sh
bench_build
require_stack
bench e2e "${1:-30}" "${2:-60}" "${3:-1}"
