#!/usr/bin/env bash
# Added latency of the gateway: the same GET direct to the registry and through a gateway, interleaved request by
# request (the bench module's scenario gateway-overhead, GatewayOverhead.java). Needs the local stack running
# (./mvnw -q install -DskipTests -Dstack).
# Starts a second gateway on port 9180 with the stack's JVM options, its rate limit raised out of the way (the
# limiter stays in the path), so the stack's own gateway keeps its normal limits.
#
#   bench/gateway-overhead.sh [requests]        PORT_BASE=B: a stack on B; GATEWAY_PORT: the second gateway's (9180)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-jar.sh
N=${1:-20000}
BASE=${PORT_BASE:-8080}
PORT=${GATEWAY_PORT:-9180}
REGISTRY=http://localhost:$((BASE + 2))
bench_build
(cd gateway/target/quarkus-app && \
  QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:$((BASE + 100))/realms/oas-tip TIP_GATEWAY_REGISTRY_URL=$REGISTRY \
  TIP_GATEWAY_RATE_LIMIT_REQUESTS_PER_MINUTE=100000000 QUARKUS_LOG_LEVEL=WARN \
  exec java -Xms24m -Xmx128m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -Xss512k \
    -XX:SharedArchiveFile=app-cds.jsa -Dquarkus.management.port=$((PORT + 10)) -Dquarkus.http.port=$PORT -jar quarkus-run.jar) > /tmp/bench-gateway.log 2>&1 &
GW=$!
trap 'kill $GW 2>/dev/null' EXIT
until curl -sf -o /dev/null http://localhost:$((PORT + 10))/q/health/live; do sleep 0.1; done
bench gateway-overhead $REGISTRY/api/registry/v1/countries/ARG http://localhost:$PORT/api/registry/v1/countries/ARG "$N"
