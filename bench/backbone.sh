#!/usr/bin/env bash
# The figures of the event backbone and the service runtime in one run (issue 6):
#   1. footprint: member-service's start to first answer and resident memory, next to a minimal Quarkus app
#   2. topics: each declared topic (contracts/README.md, checked against contracts' Topic) as the running
#      broker has it: partitions, retention, cleanup policy, bytes on disk
#   3. outbox relay: commit-to-topic latency, backlog drain rate, raw Kafka latency (bench/outbox-relay.sh)
# Uses a running local platform, or starts one (./platform up) and stops it before step 3, which brings its
# own servers and rebuilds member-service.
set -euo pipefail
cd "$(dirname "$0")/.."

KAFKA=127.0.0.1:19092
started_platform=false
if ! curl -sf -o /dev/null http://127.0.0.1:8081/q/health/ready; then
  echo "starting the local platform (log: /tmp/backbone-platform.log)"
  ./platform up > /tmp/backbone-platform.log 2>&1 &
  started_platform=true
  trap './platform stop > /dev/null 2>&1 || true' EXIT
  for _ in $(seq 600); do
    curl -sf -o /dev/null http://127.0.0.1:8081/q/health/ready && grep -q "platform up in" /tmp/backbone-platform.log && break
    sleep 1
  done
  curl -sf -o /dev/null http://127.0.0.1:8081/q/health/ready || { echo "the platform did not come up; see /tmp/backbone-platform.log"; exit 1; }
fi

echo "== 1. footprint"
# Under the build lock where there is one, so that no build on this machine disturbs the timing.
LOCK=()
command -v flock >/dev/null && LOCK=(flock /tmp/mvn.lock)
"${LOCK[@]}" bash bench/footprint.sh

echo
echo "== 2. topics (declared in contracts, as the broker at $KAFKA has them)"
printf "%-16s %-28s %-44s %s\n" topic declared "on the broker" "log bytes on disk"
sed -n '/^## Topics/,/^## /p' contracts/README.md | grep -E '^\| `' | while IFS='|' read -r _ name partitions replicas key retention cleanup _; do
  name=$(tr -d ' `' <<<"$name")
  partitions=$(tr -d ' ' <<<"$partitions"); retention=$(xargs <<<"$retention"); cleanup=$(tr -d ' ' <<<"$cleanup")
  configs=$(java -cp 'local-platform/target/kafka-lib/*' kafka.admin.ConfigCommand --bootstrap-server "$KAFKA" \
    --describe --entity-type topics --entity-name "$name" 2>/dev/null | grep -oE '^  (retention\.ms|cleanup\.policy)=[^ ]+' | xargs)
  dirs=$(find .platform/data/kafka/kafka-logs -maxdepth 1 -type d -name "$name-*" | wc -l)
  bytes=$(find .platform/data/kafka/kafka-logs -path "*/$name-*" -name '*.log' -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  printf "%-16s %-28s %-44s %s\n" "$name" "$partitions partitions, $retention" "$dirs partitions, ${configs:-no topic config}" "$bytes"
done

if $started_platform; then
  ./platform stop > /dev/null 2>&1 || true
  trap - EXIT
fi

echo
echo "== 3. outbox relay"
bash bench/outbox-relay.sh
