#!/usr/bin/env bash
# The events-service "done means" on a running local platform (./platform up in another terminal), through the API
# only (answers, not a test):
#   1. the 2025 calendar of M50 as an iCalendar feed, read by ical4j (a calendar library; bench/ReadCalendar.java);
#   2. registering for a full event puts you on the waiting list, a cancellation promotes you;
#   3. the breakout groups of a Platform31 webinar follow the municipalities' clusters (the demo gives Zeist an
#      EXAMPLE cluster through member-service; the seeds do not say which municipality is in which cluster);
#   4. the decision recorded at the autumn assembly shows as the adopted budget in finance-service.
# Each run adds one drinks event and one webinar (dated next month). Needs curl, jq and a JDK; ical4j comes from
# ~/.m2 (the build downloads it as a test dependency of events-service).
set -euo pipefail

# shellcheck source=bench/local-platform.sh
source "$(dirname "$0")/local-platform.sh"
curl -sf "$EVENTS/q/health/ready" >/dev/null || { echo "events-service is not running: start ./platform up first"; exit 1; }
api() { local who="$1"; shift; curl -sf -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
SECRETARIAT="$(token m50-secretariat)"
ZEIST="$(token zeist-official)"
WAALWIJK="$(token waalwijk-official)"
PARTNER="$(token platform31-partner)"
TREASURER="$(token m50-treasurer)"
STAMP="$(date +%H%M%S)"
DAY="$(date -d 'next month' +%Y-%m-15)"

echo "== 1. The 2025 calendar of M50 as an iCalendar feed, read by ical4j"
jar() { find "$HOME/.m2/repository/$1" -name "$2-*.jar" ! -name '*sources*' ! -name '*javadoc*' | sort -V | tail -1; }
CP="$(jar org/mnode/ical4j ical4j):$(jar org/slf4j slf4j-api):$(jar org/apache/commons commons-lang3):$(jar commons-codec commons-codec):$(jar org/threeten threeten-extra)"
# the source launcher's compiler notes and SLF4J's "no provider" lines are noise here; errors still show
read_calendar() { java -cp "$CP" "$(dirname "$0")/ReadCalendar.java" 2> >(grep -v -E '^(Note: |SLF4J)' >&2); }
echo "   as m50-board (a member's view):"
curl -sf -H "Authorization: Bearer $(token m50-board)" "$EVENTS/v1/networks/M50/calendar.ics?year=2025" | read_calendar
echo "   without a token (public events only):"
curl -sf "$EVENTS/v1/networks/M50/calendar.ics?year=2025" | read_calendar

echo "== 2. A full event: waiting list and promotion"
DRINKS="$(api "$SECRETARIAT" -X POST "$EVENTS/v1/events" -d "{\"network\": \"M50\", \"kind\": \"NETWORK_DRINKS\",
  \"title\": \"Netwerkborrel M50 (demo $STAMP)\", \"startsAt\": \"${DAY}T17:00:00+01:00\", \"endsAt\": \"${DAY}T19:00:00+01:00\",
  \"place\": \"Gemeentehuis Zeist\", \"audience\": \"MEMBERS\", \"capacity\": 1}" | jq -r .id)"
api "$SECRETARIAT" -X POST "$EVENTS/v1/events/$DRINKS/status-changes" -d '{"status": "OPEN"}' >/dev/null
FIRST="$(api "$ZEIST" -X POST "$EVENTS/v1/events/$DRINKS/registrations" -d "{\"name\": \"Anouk de Vries\", \"email\": \"a.devries.$STAMP@zeist.example\"}")"
echo "   zeist-official registers: $(jq -r .status <<<"$FIRST") (capacity 1)"
api "$WAALWIJK" -X POST "$EVENTS/v1/events/$DRINKS/registrations" -d "{\"name\": \"Bram 't Hooft\", \"email\": \"b.thooft.$STAMP@waalwijk.example\"}" \
  | jq -r '"   waalwijk-official registers: \(.status), place \(.waitingPosition) on the waiting list"'
api "$ZEIST" -X POST "$EVENTS/v1/events/$DRINKS/registrations/$(jq -r .id <<<"$FIRST")/cancellation" | jq -r '"   zeist-official cancels: \(.status)"'
api "$SECRETARIAT" "$EVENTS/v1/events/$DRINKS/registrations" \
  | jq -r '.items[] | "   now: \(.name) (\(.municipalityName)) \(.status)"'

echo "== 3. A Platform31 webinar with one breakout group per cluster"
ZEIST_ID="$(api "$SECRETARIAT" "$MEMBER/v1/municipalities?cbsCode=GM0355" | jq -r '.items[0].id')"
api "$SECRETARIAT" "$MEMBER/v1/municipalities/$ZEIST_ID" | jq '{name, cbsCode, province, cluster: "Voorstad"}' \
  | api "$SECRETARIAT" -X PUT "$MEMBER/v1/municipalities/$ZEIST_ID" -d @- | jq -r '"   member-service: \(.name) in cluster \(.cluster) (an EXAMPLE; announced as municipality-changed)"'
WEBINAR="$(api "$PARTNER" -X POST "$EVENTS/v1/events" -d "{\"network\": \"M50\", \"otherNetworks\": [\"G40\"], \"partner\": \"Platform31\",
  \"kind\": \"WEBINAR\", \"title\": \"Webinar middelgrote gemeenten (demo $STAMP)\", \"startsAt\": \"${DAY}T15:00:00+01:00\",
  \"endsAt\": \"${DAY}T16:30:00+01:00\", \"onlineLink\": \"https://www.platform31.nl/webinar\", \"audience\": \"MEMBERS\"}" | jq -r .id)"
api "$PARTNER" -X POST "$EVENTS/v1/events/$WEBINAR/status-changes" -d '{"status": "OPEN"}' >/dev/null
api "$ZEIST" -X POST "$EVENTS/v1/events/$WEBINAR/registrations" -d "{\"name\": \"Anouk de Vries\", \"email\": \"a.devries.$STAMP@zeist.example\"}" >/dev/null
api "$WAALWIJK" -X POST "$EVENTS/v1/events/$WEBINAR/registrations" -d "{\"name\": \"Bram 't Hooft\", \"email\": \"b.thooft.$STAMP@waalwijk.example\"}" >/dev/null
api "$PARTNER" -X POST "$EVENTS/v1/events/$WEBINAR/registrations" -d "{\"name\": \"Gast van de VNG\", \"email\": \"gast.$STAMP@vng.example\"}" >/dev/null
# member-service's event reaches events-service through Kafka: place again until Zeist's cluster is known there
for attempt in $(seq 1 40); do
  GROUPS_JSON="$(api "$PARTNER" -X POST "$EVENTS/v1/events/$WEBINAR/cluster-breakouts" -d '{}')"
  [ "$(jq '[.placedByRule[] | select(.name == "Anouk de Vries")] | length' <<<"$GROUPS_JSON")" = 0 ] && break
  sleep 0.25
done
jq -r '.groups[] | "   \(.title): \(.registrants)"' <<<"$GROUPS_JSON"
jq -r '.placedByRule[] | "   placed by the rule (\(.reason)): \(.name)\(if .municipalityName then " (" + .municipalityName + ")" else "" end) -> \(.cluster)"' <<<"$GROUPS_JSON"
echo "   rule: $(jq -r .rule <<<"$GROUPS_JSON")"

echo "== 4. The autumn assembly's decision and M50's 2026 budget in finance-service"
ALV="$(api "$SECRETARIAT" "$EVENTS/v1/events?network=M50&year=2025&kind=GENERAL_ASSEMBLY" | jq -r '.items[] | select(.title == "ALV najaar 2025") | .id')"
api "$SECRETARIAT" "$EVENTS/v1/events/$ALV/decisions" | jq -r '.[] | "   events-service: \(.decidedOn) \(.decidedBy): \(.text) (\(.kind))"'
api "$TREASURER" "$FINANCE/v1/budgets?network=M50&year=2026" \
  | jq -r '.items[] | "   finance-service: budget M50 2026 version \(.version) \(.status)\(if .adoption then ", adopted \(.adoption.meetingDate) at \(.adoption.meetingName) by \(.adoption.decidedBy)" else "" end)"'
