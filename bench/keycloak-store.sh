#!/usr/bin/env bash
# Keycloak start-up per store (figures, not a test): seconds from `kc.sh start-dev` to the realm's
# OpenID configuration answering, for
#   - the in-memory store of the tests (--db=dev-mem, realm imported at every start),
#   - the local platform's H2 file store (--db=dev-file): a new store (schema + realm import) and an
#     existing one (realm import skipped).
# Uses the installations that KeycloakServer extracted and built into ~/.cache/municipal-networks
# (run a test of local-servers or ./platform up once first); their one-off build is not measured here.
# Port 28180 (BENCH_KEYCLOAK_PORT), a temporary store; nothing of ./platform up is touched.
set -euo pipefail

CACHE=${MUNICIPAL_NETWORKS_CACHE_DIR:-$HOME/.cache/municipal-networks}
PORT=${BENCH_KEYCLOAK_PORT:-28180}
RUNS=${BENCH_RUNS:-2}
MEM_HOME=$(find "$CACHE" -maxdepth 1 -type d -name "keycloak-[0-9]*" ! -name "*-dev-file" | sort | tail -1)
FILE_HOME=$(find "$CACHE" -maxdepth 1 -type d -name "keycloak-*-dev-file" | sort | tail -1)
[[ -n "$MEM_HOME" && -n "$FILE_HOME" ]] || {
  echo "need $CACHE/keycloak-VERSION and keycloak-VERSION-dev-file: run local-servers' tests once"; exit 1; }
STORE=$(mktemp -d)
PID=
cleanup() { [[ -n "$PID" ]] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$STORE"; }
trap cleanup EXIT

# start HOME ARGS...: prints seconds to ready, then stops Keycloak again.
start() {
  local home=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$home" && exec env -u JAVA_OPTS KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" bin/kc.sh start-dev --http-port="$PORT" --http-host=127.0.0.1 \
    --import-realm "$@" > "$STORE/keycloak.log" 2>&1) &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/realms/municipal-networks/.well-known/openid-configuration"; do
    kill -0 "$PID" 2>/dev/null || { echo "keycloak died:"; tail -20 "$STORE/keycloak.log"; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  if grep -q "Updating the configuration" "$STORE/keycloak.log"; then echo "(rebuilt itself: not comparable)" >&2; fi
  kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; PID=
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

H2="--db-url=jdbc:h2:file:$STORE/h2/keycloakdb;NON_KEYWORDS=VALUE"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$STORE/h2"
  mem=$(start "$MEM_HOME" --db=dev-mem)
  new=$(start "$FILE_HOME" --db=dev-file "$H2")
  existing=$(start "$FILE_HOME" --db=dev-file "$H2")
  printf 'run %d: in memory (tests) %s s | file store, new %s s | file store, existing %s s\n' \
    "$run" "$mem" "$new" "$existing"
done
