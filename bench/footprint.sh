#!/usr/bin/env bash
# Footprint of every service next to a minimal Quarkus REST application (figures, not a test).
#
# Starts, one after the other on this machine, each process RUNS times and reports the median:
#   minimal app            bench/minimal-rest-app: one JSON resource, the platform's BOM, `java -jar`, JVM defaults
#   member-service before  as the launcher ran it before issue 6: `java -Xmx512m -jar`
#   <service>              each of the four as ./platform runs it: the options of the launcher's ServiceJvm
#                          (runtime/service.jvm-options and the start-up archive of ./platform's build)
# For each: time from process start to the first 200 of a JSON list that needs the database (the minimal app's
# /hello), and resident memory (RSS) after 1,000 requests to that list.
# Targets (issue 6): start to first answer within 1.5x the minimal app's; RSS after 1,000 requests <= 200 MB.
# JAVA=/path/to/bin/java picks the JDK (it must be the one that built the start-up archives: ./platform's build).
#
# Needs the local platform running (./platform up): each service runs as a second instance on port 809x against
# the platform's PostgreSQL, Kafka and Keycloak. bench/backbone.sh starts and stops the platform itself.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
MINIMAL_PORT=8099
KEYCLOAK=http://127.0.0.1:8180/realms/municipal-networks
MINIMAL_JAR=bench/minimal-rest-app/target/quarkus-app/quarkus-run.jar
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
# service, port of the bench instance, database, the list it answers first, the user whose token it carries (-: none)
SERVICES=(
  "member-service 8091 member /v1/networks/M50/members -"
  "pillar-service 8092 pillar /v1/pillars?network=M50 -"
  "finance-service 8093 finance /v1/budgets?network=M50 m50-treasurer"
  "events-service 8094 events /v1/events?network=M50 -"
)

for tool in curl jq; do
  command -v $tool >/dev/null || { echo "installing $tool"; apt-get update -qq && apt-get install -y -qq $tool; }
done
for line in "${SERVICES[@]}"; do
  read -r service _ <<<"$line"
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { echo "build first: ./platform up (or ./mvnw -DskipTests -DstartupArchive install)"; exit 1; }
done
curl -sf "$KEYCLOAK/.well-known/openid-configuration" >/dev/null \
  || { echo "the local platform is not running: start it with ./platform up"; exit 1; }
if [ ! -f "$MINIMAL_JAR" ] || [ -n "$(find bench/minimal-rest-app/src bench/minimal-rest-app/pom.xml -newer "$MINIMAL_JAR")" ]; then
  echo "building bench/minimal-rest-app"
  ./mvnw -B -ntp ${MVN_OFFLINE:+-o} -q -f bench/minimal-rest-app/pom.xml package > /tmp/minimal-rest-app-build.log 2>&1 \
    || { echo "build failed; see /tmp/minimal-rest-app-build.log"; exit 1; }
fi

# One start: prints "<ms to first answer> <RSS MB after 1,000 requests>". HEADER (optional) goes with every request.
one_run() { # url, command...
  local url=$1; shift
  local start_ns pid first_ms rss
  start_ns=$(date +%s%N)
  "$@" > /tmp/footprint-run.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null ${HEADER:+-H "$HEADER"} "$url"; do
    kill -0 $pid 2>/dev/null || { echo "process died; see /tmp/footprint-run.log" >&2; exit 1; }
    sleep 0.02
  done
  first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  seq 1000 | xargs -P 4 -I{} curl -sf -o /dev/null ${HEADER:+-H "$HEADER"} "$url"
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

source bench/service-jvm.sh
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "NOT met"; fi; }
token_of() { # user
  curl -sf -d grant_type=password -d client_id=web-portal -d username="$1" -d password="$1" \
    "$KEYCLOAK/protocol/openid-connect/token" | jq -r .access_token
}

echo
echo "footprint  ($(nproc) cores, median of $RUNS starts, $("$JAVA" -version 2>&1 | head -1))"
# Every process runs in its jar's folder, as the launcher runs the services.
minimal=$(measure "minimal app" "http://127.0.0.1:$MINIMAL_PORT/hello" \
  env -C "${MINIMAL_JAR%/*}" "$JAVA" -Dquarkus.http.port=$MINIMAL_PORT -jar quarkus-run.jar)
read -r minimal_start _ <<<"$minimal"
summary=()
for line in "${SERVICES[@]}"; do
  read -r service port database path user <<<"$line"
  app=$service/target/quarkus-app
  env_vars=(DB_REACTIVE_URL=postgresql://127.0.0.1:15432/$database DB_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/$database
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 OIDC_ISSUER=$KEYCLOAK)
  HEADER=""
  # A 15-minute token outlives the service's runs.
  [ "$user" = "-" ] || HEADER="Authorization: Bearer $(token_of "$user")"
  if [ "$service" = member-service ]; then
    measure "member-service before" "http://127.0.0.1:$port$path" \
      env -C "$app" "${env_vars[@]}" "$JAVA" -Xmx512m -Dquarkus.http.port=$port -jar quarkus-run.jar > /dev/null
  fi
  mapfile -t options < <(service_jvm_options "$app/quarkus-run.jar")
  now=$(measure "$service" "http://127.0.0.1:$port$path" \
    env -C "$app" "${env_vars[@]}" "$JAVA" "${options[@]}" -Dquarkus.http.port=$port -jar quarkus-run.jar)
  read -r start rss <<<"$now"
  ratio=$(awk -v a="$start" -v b="$minimal_start" 'BEGIN {printf "%.2f", a / b}')
  summary+=("$(printf "%-16s start %sx the minimal app's (target <= 1.5x: %s), RSS %s MB (target <= 200 MB: %s)   [%s]" \
    "$service" "$ratio" "$(verdict "$ratio <= 1.5")" "$rss" "$(verdict "$rss <= 200")" "${options[*]: -1}")")
done
unset HEADER
printf '%s\n' "${summary[@]}"
