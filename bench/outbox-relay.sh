#!/usr/bin/env bash
# Benchmark of the outbox relay (figures, not a test).
#
# Runs member-service's OutboxRelayBench in one test JVM with its own PostgreSQL and Kafka (started
# by test-support on free ports; no ./platform up needed) and the production relay settings, and prints:
#   (a) commit-to-topic latency p50/p99 of member joins at a steady rate (API answer -> a real consumer sees it)
#   (b) the drain rate of a 50,000-event backlog committed in one transaction, and how long a join
#       committed right behind it waits
#   (c) raw Kafka produce-to-consume latency p50/p99 on the same broker, at the same rate
# Targets: p99 of (a) within 3x (c) and under 200 ms; (b) >= 5,000 events/s.
#
# Options (environment): BENCH_JOINS (250), BENCH_RATE (25/s), BENCH_BACKLOG (50000),
# BENCH_RELAY_INTERVAL (2s), BENCH_BATCH_SIZE (1000), BENCH_LISTEN (true). For a relay that only
# polls, as before: BENCH_LISTEN=false BENCH_RELAY_INTERVAL=1s BENCH_BATCH_SIZE=100.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCK=()
command -v flock >/dev/null && LOCK=(flock /tmp/mvn.lock)
rm -f member-service/target/outbox-relay-bench.txt
"${LOCK[@]}" ./mvnw -B -ntp ${MVN_OFFLINE:+-o} -q -pl member-service -am verify \
  -Dtest=OutboxRelayBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dbench.joins="${BENCH_JOINS:-250}" -Dbench.rate="${BENCH_RATE:-25}" -Dbench.backlog="${BENCH_BACKLOG:-50000}" \
  -Dbench.relay-interval="${BENCH_RELAY_INTERVAL:-2s}" -Dbench.batch-size="${BENCH_BATCH_SIZE:-1000}" \
  -Dbench.listen="${BENCH_LISTEN:-true}" > /tmp/outbox-relay-bench.log 2>&1 \
  || { echo "benchmark run failed; see /tmp/outbox-relay-bench.log"; exit 1; }
echo
cat member-service/target/outbox-relay-bench.txt
