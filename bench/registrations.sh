#!/usr/bin/env bash
# Benchmark of events-service's registrations (figures, not a test).
#
# Runs events-service's RegistrationBench in one test JVM with its own PostgreSQL, Kafka and Keycloak (started by
# test-support on free ports; no ./platform up needed). Every call goes through the HTTP API (JDK HttpClient, real
# Keycloak tokens, real PostgreSQL), sent by BENCH_CLIENTS concurrent clients that each send their next request when
# the last was answered. After a warm-up round of BENCH_WARM_UP (the same three phases, figures printed too):
#   1. contended: BENCH_REGISTRATIONS registrations for one event of BENCH_SEATS seats; every one queues on that
#      event's row lock (registration/RegistrationService), the first BENCH_SEATS are confirmed, the rest wait;
#   2. uncontended, for comparison: the same number spread over BENCH_EVENTS events that hold the same seats between
#      them (BENCH_SEATS / BENCH_EVENTS each), so the same share is confirmed and waits and only the spread differs;
#   3. cancellations on the contended event: BENCH_CANCELLATIONS confirmed registrations cancelled by their
#      municipality's official, in batches of BENCH_CANCELLATION_BATCH, each batch together with as many new
#      registrations; a sampler reads the confirmed count from the database meanwhile, and it is read after each batch.
# Each phase prints registrations (or cancellations) per second and latency p50/p95/p99/max, and checks through the API
# (the event's seats) and in the database that confirmed == seats and waiting == registrations - seats; a wrong count
# (or a confirmed count above the seats at any sample) fails the run loudly.
#
# Callers: the realm's two M50 officials, zeist-official and waalwijk-official, registering colleagues of their own
# municipality (one e-mail address each), made members of M50 through member-service's events on the real broker. That
# is the path an official's own registration takes (the token's CBS code looked up in the member view, membership on the
# event's day checked), which is the heavier and the common one; the organiser inviting guests skips those look-ups.
# Officials registering themselves, one token each, would need thousands of Keycloak users; the two officials'
# tokens stand in for them (the service does the same work per request either way).
#
# Target (issue 9), for the contended event with 32 clients on 2 cores: >= 100 registrations/s with p99 <= 500 ms.
# Chosen from what users need, after measuring, not from what was measured: the largest burst to expect is an
# invitation to every official of M50 and G40 (the Platform31 webinar), say 1,000 people of whom many answer within
# a minute, about 17/s; 100/s leaves six times that, and a click on "register" should be answered within half a
# second even then.
#
# Options (environment): BENCH_REGISTRATIONS (5000), BENCH_CLIENTS (32), BENCH_SEATS (100), BENCH_EVENTS (50),
# BENCH_CANCELLATIONS (500), BENCH_CANCELLATION_BATCH (50), BENCH_WARM_UP (1000), MVN_OFFLINE=1 for -o.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCK=()
command -v flock >/dev/null && LOCK=(flock /tmp/mvn.lock)
REPORT=events-service/target/registration-bench.txt
LOG=/tmp/registration-bench.log
SUREFIRE=events-service/target/surefire-reports/nl.municipalnetworks.events.registration.RegistrationBench.txt
rm -f "$REPORT" "$SUREFIRE"
echo "registrations benchmark  ($(nproc) cores$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: /, /'),"\
  "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"
status=0
"${LOCK[@]}" ./mvnw -B -ntp ${MVN_OFFLINE:+-o} -q -pl events-service -am verify \
  -Dtest=RegistrationBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dbench.registrations="${BENCH_REGISTRATIONS:-5000}" -Dbench.clients="${BENCH_CLIENTS:-32}" \
  -Dbench.seats="${BENCH_SEATS:-100}" -Dbench.events="${BENCH_EVENTS:-50}" \
  -Dbench.cancellations="${BENCH_CANCELLATIONS:-500}" -Dbench.cancellation-batch="${BENCH_CANCELLATION_BATCH:-50}" \
  -Dbench.warm-up="${BENCH_WARM_UP:-1000}" \
  > "$LOG" 2>&1 || status=$?
echo
[ -f "$REPORT" ] && cat "$REPORT"
if [ "$status" -ne 0 ] && ! grep -q '^FAILED' "$REPORT" 2>/dev/null \
    && grep -q 'Tests run: 1, Failures: 0, Errors: 0' "$SUREFIRE" 2>/dev/null \
    && grep -q 'Error occurred in starting fork' "$LOG"; then
  # the known surefire flake after the test JVM finished (its tests passed); the figures above are complete
  echo
  echo "(Maven reported 'Error occurred in starting fork' after the bench had passed; see $LOG)"
  status=0
fi
if [ "$status" -ne 0 ]; then
  echo
  echo "BENCHMARK RUN FAILED (exit $status); see $LOG"
  exit 1
fi
