#!/usr/bin/env bash
# The pillar-service "done means" on a running local platform (./platform up in another terminal), through the
# APIs only, and a measurement (figures, not a test):
#   1. M50's 2025 pillars with their chairs;
#   2. G40's Duurzaamheid and the themes it touches, each touching it back;
#   3. the progress of "Tien experimenten in democratische vernieuwing";
#   4. propagation latency: a member leaving M50 (member-service) -> its participation ended in pillar-service.
#      Each round registers a municipality "Meetgemeente <n>" with a member, an official and a participation in
#      M50's pillar Sociaal, ends the membership, and polls pillar-service every ~5 ms until the participation
#      shows as ended. It adds these municipalities to the local data (./platform reset removes them).
# Lists answer one page ({"items": [...], "totalItems": n, ...}); the seed fits in one page of 100.
# Options (environment): ROUNDS (10). Needs curl and jq.
set -euo pipefail

ROUNDS="${ROUNDS:-10}"
# shellcheck source=bench/local-platform.sh
source "$(dirname "$0")/local-platform.sh"
curl -sf "$PILLAR/q/health/ready" >/dev/null || { echo "pillar-service is not running: start ./platform up first"; exit 1; }
TOKEN="$(token m50-secretariat)"
G40_TOKEN="$(token g40-secretariat)"
api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }

echo "== 1. M50 pillars running on 2025-06-01, with their chairs (as m50-secretariat)"
api "$PILLAR/v1/pillars?network=M50&on=2025-06-01&pageSize=100" \
  | jq -r '.items[] | "   \(.name): \(.chair.name // "no chair named") (\(.chair.municipalityName // "-")), since \(.chair.from // "-")"'

echo "== 2. G40 Duurzaamheid touches (and is touched back by)"
THEMES="$(curl -sf "$PILLAR/v1/themes?network=G40&pageSize=100")"
echo "$THEMES" | jq -r '.items[] | select(.code == "duurzaamheid") | .touches[] | .id' | while read -r other; do
  echo "$THEMES" | jq -r --arg id "$other" \
    '.items[] | select(.id == $id) | "   \(.name) -> touches back Duurzaamheid: \([.touches[].code] | index("duurzaamheid") != null)"'
done

echo "== 3. Progress of the ten experiments in democratic renewal"
api "$PILLAR/v1/activities?network=M50&pageSize=100" | jq -r '.items[] | select(.title | startswith("Tien experimenten"))
  | "   \(.title): \(.progress.reached) of \(.progress.target) \(.progress.unit) (\(.progress.percent) %), status \(.status)"'

echo "== 4. Membership ended in member-service -> participation ended in pillar-service ($ROUNDS rounds)"
SOCIAAL="$(api "$PILLAR/v1/pillars?network=M50&pageSize=100" | jq -r '.items[] | select(.code == "sociaal") | .id')"
LATENCIES=()
for round in $(seq 1 "$ROUNDS"); do
  suffix="$(date +%s%N | tail -c 7)"
  municipality="$(api -X POST "$MEMBER/v1/municipalities" -d "{\"name\": \"Meetgemeente $suffix\"}" | jq -r .id)"
  membership="$(api -X POST "$MEMBER/v1/memberships" \
    -d "{\"network\": \"M50\", \"municipalityId\": \"$municipality\", \"status\": \"MEMBER\", \"joinedOn\": \"2020-01-01\"}" | jq -r .id)"
  official="$(api -X POST "$MEMBER/v1/people" \
    -d "{\"municipalityId\": \"$municipality\", \"firstName\": \"Sanne\", \"lastName\": \"van 't Hek\"}" | jq -r .id)"
  participation=""
  for _ in $(seq 1 200); do # pillar-service learns the member and the person from member-events
    participation="$(api -X POST "$PILLAR/v1/participations" -d "{\"municipalityId\": \"$municipality\", \"pillarId\": \"$SOCIAAL\",
      \"officialId\": \"$official\", \"startedOn\": \"2025-01-01\"}" 2>/dev/null | jq -r .id || true)"
    [[ -n "$participation" && "$participation" != null ]] && break
    sleep 0.05
  done
  [[ -n "$participation" && "$participation" != null ]] || { echo "   round $round: participation could not be started"; exit 1; }
  api -X POST "$MEMBER/v1/memberships/$membership/status-changes" \
    -d '{"status": "NOTICE_GIVEN", "effectiveOn": "2025-06-01"}' >/dev/null # M50 rule: ends 2025-12-31
  started=$(date +%s%N)
  api -X POST "$MEMBER/v1/memberships/$membership/status-changes" -d '{"status": "ENDED", "effectiveOn": "2025-12-31"}' >/dev/null
  while true; do
    ended="$(api "$PILLAR/v1/participations?network=M50&municipalityId=$municipality&all=true" | jq -r '.items[0].endedOn')"
    [[ "$ended" != null ]] && break
    if (( ($(date +%s%N) - started) > 30000000000 )); then echo "   round $round: not ended after 30 s"; exit 1; fi
    sleep 0.005
  done
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  LATENCIES+=("$ms")
  echo "   round $round: Meetgemeente $suffix left M50; participation ended on $ended after $ms ms"
done
sorted=($(printf '%s\n' "${LATENCIES[@]}" | sort -n))
echo "   latency (API answer of ENDED -> pillar-service shows the participation ended, incl. ~5 ms polling):"
echo "   min ${sorted[0]} ms, median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, max ${sorted[-1]} ms; target: within 1000 ms"
