#!/usr/bin/env bash
# Footprint of member-service next to a minimal Quarkus REST application (figures, not a test).
#
# Starts, one after the other on this machine, each process RUNS times and reports the median:
#   minimal app            bench/minimal-rest-app: one JSON resource, the platform's BOM, `java -jar`, JVM defaults
#   member-service before  as the launcher ran it before issue 6: `java -Xmx512m -jar`
#   member-service now     as ./platform runs it: runtime/service.jvm-options and its class-data archive
# For each: time from process start to the first 200 of a JSON list (the minimal app's /hello, member-service's
# public member list GET /v1/networks/M50/members, which needs the database), and resident memory (RSS) after
# 1,000 requests to that list.
# Targets (issue 6): start to first answer within 1.5x the minimal app's; RSS after 1,000 requests <= 200 MB.
#
# Needs the local platform running (./platform up): member-service uses its PostgreSQL, Kafka and Keycloak,
# as a second instance on port 8091. bench/backbone.sh starts and stops the platform itself.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
PORT=8091
MINIMAL_PORT=8099
KEYCLOAK=http://127.0.0.1:8180/realms/municipal-networks
MEMBER_JAR=member-service/target/quarkus-app/quarkus-run.jar
MINIMAL_JAR=bench/minimal-rest-app/target/quarkus-app/quarkus-run.jar
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

command -v curl >/dev/null || { echo "installing curl"; apt-get update -qq && apt-get install -y -qq curl; }
[ -f "$MEMBER_JAR" ] || { echo "build first: ./mvnw -DskipTests install (or ./platform up)"; exit 1; }
curl -sf "$KEYCLOAK/.well-known/openid-configuration" >/dev/null \
  || { echo "the local platform is not running: start it with ./platform up"; exit 1; }
if [ ! -f "$MINIMAL_JAR" ] || [ -n "$(find bench/minimal-rest-app/src bench/minimal-rest-app/pom.xml -newer "$MINIMAL_JAR")" ]; then
  echo "building bench/minimal-rest-app"
  ./mvnw -B -ntp ${MVN_OFFLINE:+-o} -q -f bench/minimal-rest-app/pom.xml package > /tmp/minimal-rest-app-build.log 2>&1 \
    || { echo "build failed; see /tmp/minimal-rest-app-build.log"; exit 1; }
fi

member_env=(DB_REACTIVE_URL=postgresql://127.0.0.1:15432/member DB_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/member
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 OIDC_ISSUER=$KEYCLOAK)

# One start: prints "<ms to first answer> <RSS MB after 1,000 requests>".
one_run() { # url, command...
  local url=$1; shift
  local start_ns pid first_ms rss
  start_ns=$(date +%s%N)
  "$@" > /tmp/footprint-run.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 $pid 2>/dev/null || { echo "process died; see /tmp/footprint-run.log" >&2; exit 1; }
    sleep 0.02
  done
  first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  seq 1000 | xargs -P 4 -I{} curl -sf -o /dev/null "$url"
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$first_ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

measure() { # label, url, command...
  local label=$1 starts=() rsses=() out
  shift
  for _ in $(seq "$RUNS"); do
    out=$(one_run "$@")
    starts+=("${out% *}"); rsses+=("${out#* }")
  done
  local start rss
  start=$(printf '%s\n' "${starts[@]}" | median)
  rss=$(printf '%s\n' "${rsses[@]}" | median)
  printf "%-24s start to first answer %6s ms (runs: %s)   RSS after 1,000 requests %4s MB (runs: %s)\n" \
    "$label" "$start" "${starts[*]}" "$rss" "${rsses[*]}" >&2
  echo "$start $rss"
}

# Every process runs in its jar's folder, as the launcher runs the services.
member_dir=${MEMBER_JAR%/*}
source bench/service-jvm.sh
mapfile -t now_args < <(service_jvm_options "$member_dir")

echo
echo "footprint  ($(nproc) cores, median of $RUNS starts, $("$JAVA" -version 2>&1 | head -1))"
minimal=$(measure "minimal app" "http://127.0.0.1:$MINIMAL_PORT/hello" \
  env -C "${MINIMAL_JAR%/*}" "$JAVA" -Dquarkus.http.port=$MINIMAL_PORT -jar quarkus-run.jar)
before=$(measure "member-service before" "http://127.0.0.1:$PORT/v1/networks/M50/members" \
  env -C "$member_dir" "${member_env[@]}" "$JAVA" -Xmx512m -Dquarkus.http.port=$PORT -jar quarkus-run.jar)
now=$(measure "member-service now" "http://127.0.0.1:$PORT/v1/networks/M50/members" \
  env -C "$member_dir" "${member_env[@]}" "$JAVA" "${now_args[@]}" -Dquarkus.http.port=$PORT -jar quarkus-run.jar)

read -r minimal_start _ <<<"$minimal"
read -r now_start now_rss <<<"$now"
ratio=$(awk -v a="$now_start" -v b="$minimal_start" 'BEGIN {printf "%.2f", a / b}')
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "NOT met"; fi; }
echo "start, member-service now / minimal app: ${ratio}x (target <= 1.5x: $(verdict "$ratio <= 1.5"))"
echo "RSS after 1,000 requests, member-service now: ${now_rss} MB (target <= 200 MB: $(verdict "$now_rss <= 200"))"
