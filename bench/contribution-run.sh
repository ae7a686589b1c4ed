#!/usr/bin/env bash
# Benchmark of finance-service's yearly contribution run (figures, not a test).
#
# Runs finance-service's ContributionRunBench in one test JVM with its own PostgreSQL and Kafka (started by
# test-support on free ports; no ./platform up needed). For 10,000 and then 100,000 synthetic members of a network,
# each with a CBS count, under a fee per inhabitant with 21 % VAT, it times through the API: the preview, the run
# that issues every invoice, and the ZIP of all their UBL e-invoices, after a warm-up run of 2,000, and prints the
# heap's peak and the ratio between the two sizes.
# Targets (issue 8): 10,000 payers in under 5 s (preview, run and UBL together); 100,000 at most 11x that.
#
# Options (environment): BENCH_SMALL (10000), BENCH_LARGE (100000), MVN_OFFLINE=1 for -o.
set -euo pipefail
cd "$(dirname "$0")/.."

LOCK=()
command -v flock >/dev/null && LOCK=(flock /tmp/mvn.lock)
rm -f finance-service/target/contribution-run-bench.txt
"${LOCK[@]}" ./mvnw -B -ntp ${MVN_OFFLINE:+-o} -q -pl finance-service -am verify \
  -Dtest=ContributionRunBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dquarkus.http.test-timeout=900s \
  -Dbench.small="${BENCH_SMALL:-10000}" -Dbench.large="${BENCH_LARGE:-100000}" \
  > /tmp/contribution-run-bench.log 2>&1 \
  || { echo "benchmark run failed; see /tmp/contribution-run-bench.log"; exit 1; }
echo
cat finance-service/target/contribution-run-bench.txt
