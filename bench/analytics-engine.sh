#!/usr/bin/env bash
# Computing every indicator of the catalogue for one cycle from a snapshot already in memory (warm JIT): the 2015-2018
# baseline of the repository, then synthetic snapshots of the given multiples of it. Targets: <= 100 ms for a cycle,
# <= 2 s at 100x, growing linearly (the last column, ms per 1,000 records, stays flat). Needs no stack.
#
#   bench/analytics-engine.sh [factor ...]      default: 1 10 50 100 200
set -euo pipefail
cd "$(dirname "$0")/.."
FACTORS=${*:-1 10 50 100 200}
./mvnw -q -B -ntp -pl analytics-service -am test-compile -Dquarkus.analytics.disabled=true
./mvnw -q -B -ntp -pl analytics-service dependency:build-classpath -Dmdep.outputFile="$PWD/analytics-service/target/bench-cp.txt" \
  -Dmdep.includeScope=test
cd analytics-service
# the service's own JVM options (deploy/local-stack), except the client-compiler limit, so the numbers are the
# engine's and not the start-up tuning's; -Xmx raised for the largest synthetic snapshots
java -Xms64m -Xmx1g -XX:+UseSerialGC -cp "target/classes:target/test-classes:$(cat target/bench-cp.txt)" \
  org.oas.tip.analytics.indicator.EngineScale $FACTORS
