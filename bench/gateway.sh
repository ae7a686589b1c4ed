#!/usr/bin/env bash
# The gateway's cost (issue 10), figures not a test: the same list endpoints directly at member-service and through
# the gateway, same token, same load, in one run.
#   throughput: wrk -t2 -c16, requests/s through the gateway / directly          (target >= 0.8)
#   latency at moderate load: hey, 2 clients at 100 requests/s together (about a tenth of what member-service answers
#   here at full load), p99 through the gateway minus directly (target <= 2 ms)
#   the gateway's resident memory (RSS) at the end
# Both in two layouts of this machine's two cores:
#   shared:   every process on both cores, so the gateway's CPU comes out of member-service's and PostgreSQL's budget;
#   separate: member-service and PostgreSQL on core 0, the gateway and wrk on core 1 (taskset), in both the direct
#             and the gateway run: the gateway with a CPU of its own, as its own pods in Kubernetes have.
# Needs the local platform running (./platform up). The bench starts a second gateway on port 8088 (health 9088)
# in front of the platform's services, with rate limits out of the way (the platform's gateway would answer 429 after
# 600 requests a minute per caller), as ./platform runs the gateway otherwise (ServiceJvm's options).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-15s}
PORT=8088
MANAGEMENT_PORT=9088
KEYCLOAK=http://127.0.0.1:8180/realms/municipal-networks
DIRECT=http://127.0.0.1:8081/v1
VIA=http://127.0.0.1:$PORT/api/v1/members
JAR=gateway/target/quarkus-app/quarkus-run.jar
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"

for tool in wrk hey jq curl; do
  command -v $tool >/dev/null || { echo "installing $tool"; apt-get update -qq && apt-get install -y -qq $tool; }
done
[ -f "$JAR" ] || { echo "build first: ./platform up (or ./mvnw -DskipTests install)"; exit 1; }
curl -sf -o /dev/null "$DIRECT/networks/M50/members" \
  || { echo "the local platform is not running: start it with ./platform up"; exit 1; }

token=$(curl -sf -d grant_type=password -d client_id=web-portal -d username=m50-secretariat \
  -d password=m50-secretariat "$KEYCLOAK/protocol/openid-connect/token" | jq -r .access_token)
# A 15-minute token outlives the run.

source bench/service-jvm.sh
mapfile -t options < <(service_jvm_options "$JAR")
# Extra options for an experiment (they come last, so they win), e.g. BENCH_GATEWAY_OPTIONS=-XX:TieredStopAtLevel=1
read -r -a extra <<<"${BENCH_GATEWAY_OPTIONS:-}"
options+=("${extra[@]}")
OIDC_ISSUER=$KEYCLOAK env -C "${JAR%/*}" "$JAVA" "${options[@]}" -Dquarkus.http.port=$PORT \
  -Dquarkus.management.port=$MANAGEMENT_PORT \
  -Dgateway.rate-limit.default.capacity=1000000000 -Dgateway.rate-limit.anonymous.capacity=1000000000 \
  -jar quarkus-run.jar > /tmp/gateway-bench.log 2>&1 &
pid=$!
trap 'pin_layout shared &>/dev/null || true; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
  kill -0 $pid 2>/dev/null || { echo "the gateway died; see /tmp/gateway-bench.log"; exit 1; }
  sleep 0.05
done

# Warm both paths up before wrk measures them: the steady state of a gateway that has run a while, which is what
# production sees (the optimising compiler needs some 10,000 calls of a method before it compiles it).
WARMUP=${BENCH_WARMUP:-20s}
for url in "$DIRECT/networks/M50/members" "$VIA/networks/M50/members"; do
  wrk -t2 -c4 -d"$WARMUP" "$url" >/dev/null
done
for url in "$DIRECT/memberships?network=M50" "$VIA/memberships?network=M50"; do
  wrk -t2 -c4 -d"$WARMUP" -H "Authorization: Bearer $token" "$url" >/dev/null
done

# The CPU time (user + system) the gateway's process has used, in clock ticks.
gateway_cpu() { awk '{print $14 + $15}' /proc/$pid/stat; }
# Prints "<requests/s> <p99 in ms> <non-2xx> <gateway CPU ms per request>".
run_wrk() { # threads, connections, url, [header]
  local out cpu_before cpu_after
  cpu_before=$(gateway_cpu)
  out=$("${WRK[@]}" -t"$1" -c"$2" -d"$DURATION" --latency ${4:+-H "$4"} "$3")
  cpu_after=$(gateway_cpu)
  awk -v ticks="$(( cpu_after - cpu_before ))" -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { errors = $5 }
    END { printf "%s %.2f %d %.2f\n", rps, p99, errors, ticks * 1000 / hz / requests }' <<<"$out"
}

# The processes listening on a port (for PostgreSQL: the postmaster and the backends it forked).
listener() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
SERVICE_PID=$(listener 8081)
POSTGRES_PID=$(listener 15432)
[ -n "$SERVICE_PID" ] && [ -n "$POSTGRES_PID" ] || { echo "cannot find member-service's or PostgreSQL's process"; exit 1; }
CPUS=$(taskset -pc $$ | sed 's/.*: //')
# Every thread of these processes on these cores; new PostgreSQL backends inherit the postmaster's.
pin() { # cores, pids...
  local cores=$1 pid
  shift
  for pid in "$@"; do taskset -a -p -c "$cores" "$pid" >/dev/null; done
}
pin_layout() { # shared | separate
  local database=("$POSTGRES_PID" $(pgrep -P "$POSTGRES_PID" || true))
  if [ "$1" = separate ]; then
    pin 0 "$SERVICE_PID" "${database[@]}"
    pin 1 "$pid"
    WRK=(taskset -c 1 wrk)
    HEY=(taskset -c 1 hey)
  else
    pin "$CPUS" "$SERVICE_PID" "${database[@]}" "$pid"
    WRK=(wrk)
    HEY=(hey)
  fi
}
WRK=(wrk)
HEY=(hey)

# Moderate load: a fixed rate well below what the service can answer, so that the p99 is the time a request takes
# rather than time spent queueing for a busy core (wrk keeps every connection busy, which on two cores is full load).
MODERATE_RATE=${BENCH_MODERATE_RATE:-100}
# Prints "<p99 in ms> <non-2xx> <requests/s>".
run_hey() { # url, [header]
  "${HEY[@]}" -z "$DURATION" -c 2 -q $(( MODERATE_RATE / 2 )) ${2:+-H "$2"} "$1" | awk '
    $1 == "99%" { p99 = $3 * 1000 }
    /Requests\/sec/ { rps = $2 }
    /^ *\[[0-9]+\]/ { code = substr($1, 2, 3); if (code !~ /^2/) errors += $2 }
    END { printf "%.2f %d %.0f\n", p99, errors, rps }'
}

verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "NOT met"; fi; }

echo
echo "gateway benchmark  ($(nproc) cores, wrk for $DURATION each after $WARMUP of warm-up per URL, $("$JAVA" -version 2>&1 | head -1))"
echo "gateway JVM options: ${options[*]}"
printf "%-44s %-30s %-30s %s\n" "" "directly (member-service)" "through the gateway" "gateway / direct"
compare() { # label, path under /v1, [header]
  local direct via ratio added
  read -r d_rps _ d_err _ <<<"$(run_wrk 2 16 "$DIRECT$2" "${3:-}")"
  read -r v_rps _ v_err v_cpu <<<"$(run_wrk 2 16 "$VIA$2" "${3:-}")"
  ratio=$(awk -v a="$v_rps" -v b="$d_rps" 'BEGIN {printf "%.2f", a / b}')
  printf "%-44s %-30s %-30s %sx (target >= 0.8: %s); gateway CPU %s ms/request\n" "$1, 16 connections" \
    "$d_rps req/s, non-2xx $d_err" "$v_rps req/s, non-2xx $v_err" "$ratio" "$(verdict "$ratio >= 0.8")" "$v_cpu"
  read -r d_p99 d_err d_rps <<<"$(run_hey "$DIRECT$2" "${3:-}")"
  read -r v_p99 v_err v_rps <<<"$(run_hey "$VIA$2" "${3:-}")"
  added=$(awk -v a="$v_p99" -v b="$d_p99" 'BEGIN {printf "%.2f", a - b}')
  printf "%-44s %-30s %-30s +%s ms p99 (target <= 2 ms: %s)\n" "$1, $MODERATE_RATE req/s" \
    "p99 $d_p99 ms, non-2xx $d_err" "p99 $v_p99 ms, non-2xx $v_err" "$added" "$(verdict "$added <= 2")"
}
for layout in shared separate; do
  pin_layout $layout
  echo "-- $layout cores: $( [ $layout = shared ] && echo "every process on cores $CPUS" \
    || echo "member-service and PostgreSQL on core 0, the gateway and wrk on core 1")"
  compare "GET members of M50 (public, no token)" "/networks/M50/members"
  compare "GET memberships of M50 (secretariat token)" "/memberships?network=M50" "Authorization: Bearer $token"
done
pin_layout shared
echo "gateway RSS at the end: $(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status) MB"
