#!/usr/bin/env bash
# Benchmark of member-service (figures, not a test).
#
# Needs the local platform running (`./platform up` in another terminal): it uses that PostgreSQL,
# Kafka, Keycloak and seed data, and starts a second member-service process of its own on port
# 8091 so that start-up is measured from a cold JVM, with the JVM options ./platform uses. Prints:
#   - time from process start to the first answer of the public member list
#   - resident memory (RSS) after 1,000 requests
#   - requests/s and p99 latency (wrk) of: the health endpoint, the public member list (no token),
#     and the authenticated membership list (bearer token), in one run.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8091}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
JAR=member-service/target/quarkus-app/quarkus-run.jar
KEYCLOAK=http://127.0.0.1:8180/realms/municipal-networks

for tool in wrk jq curl; do
  command -v $tool >/dev/null || { echo "installing $tool"; apt-get update -qq && apt-get install -y -qq $tool; }
done
[ -f "$JAR" ] || { echo "build first: ./mvnw -q -DskipTests install"; exit 1; }
curl -sf "$KEYCLOAK/.well-known/openid-configuration" >/dev/null \
  || { echo "the local platform is not running: start it with ./platform up"; exit 1; }

token=$(curl -sf -d grant_type=password -d client_id=web-portal -d username=m50-secretariat \
  -d password=m50-secretariat "$KEYCLOAK/protocol/openid-connect/token" | jq -r .access_token)
# A 15-minute token outlives the run.

source bench/service-jvm.sh
mapfile -t jvm_options < <(service_jvm_options "$JAR")
start_ns=$(date +%s%N)
DB_REACTIVE_URL=postgresql://127.0.0.1:15432/member DB_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/member \
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 OIDC_ISSUER=$KEYCLOAK \
  env -C "${JAR%/*}" java "${jvm_options[@]}" \
    -Dquarkus.http.port="$PORT" -jar quarkus-run.jar > /tmp/member-service-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT

until curl -sf -o /dev/null "http://127.0.0.1:$PORT/v1/networks/M50/members"; do
  kill -0 $pid 2>/dev/null || { echo "member-service died; see /tmp/member-service-bench.log"; exit 1; }
  sleep 0.05
done
first_answer_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

# 1,000 requests, half to each list, so that both are warmed up before wrk measures them.
seq 500 | xargs -P 4 -I{} curl -sf -o /dev/null "http://127.0.0.1:$PORT/v1/networks/M50/members"
seq 500 | xargs -P 4 -I{} curl -sf -o /dev/null -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$PORT/v1/memberships?network=M50"
rss_mb=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)

measure() { # name, url, [header]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$2")
  else
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  fi
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf "%-44s %10s req/s   p99 %8s   non-2xx %s\n" "$1" "$rps" "$p99" "${errors:-0}"
}

echo
echo "member-service benchmark  ($(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, $(java -version 2>&1 | head -1))"
echo "start to first answer (public member list):  ${first_answer_ms} ms"
echo "RSS after 1,000 requests:                    ${rss_mb} MB"
measure "GET /q/health/live (service's own)" "http://127.0.0.1:$PORT/q/health/live"
measure "GET /v1/networks/M50/members (no token)" "http://127.0.0.1:$PORT/v1/networks/M50/members"
measure "GET /v1/memberships?network=M50 (token)" "http://127.0.0.1:$PORT/v1/memberships?network=M50" "Authorization: Bearer $token"
