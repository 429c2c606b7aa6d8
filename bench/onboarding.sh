#!/usr/bin/env bash
# Onboarding every active member state's tool through the API (issue 15): per round, one POST /countries/{iso3}/tools
# through the gateway for each of the 34, side by side with the bare Keycloak admin calls that make the same clients
# (the registry's own account), then revoking them all through the API (the bench module's scenario onboarding,
# OnboardAll.java). One warm-up round, then medians.
# Needs the local stack (./stack). Leaves REVOKED tool records in the registry (start from a fresh .stack to drop them).
#
#   bench/onboarding.sh [rounds=5]      (PORT_BASE=B: stack on B)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-jar.sh
bench_build
BASE=${PORT_BASE:-8080}
bench onboarding "http://localhost:$BASE" "${1:-5}" "http://localhost:$((BASE + 100))"
