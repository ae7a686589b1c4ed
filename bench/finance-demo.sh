#!/usr/bin/env bash
# The finance-service "done means" on a running local platform (./platform up in another terminal), through the API
# only (figures and answers, not a test):
#   1. M50's 2026 contribution run: one EUR 3,500 invoice per member (Meierijstad collects and pays its own share),
#      and all of them as UBL e-invoices in one ZIP (each validated against EN 16931 and the NLCIUS by
#      finance-service's SeedEInvoicesTest; here: counted and their totals read back);
#   2. G40's 2026 run: Deventer's invoice, EUR 15,216.90 + VAT;
#   3. a camt.053 statement of Platform31's account with Deventer's payment, and one of Meierijstad's account with a
#      member paying part of its contribution: invoices PAID and PARTLY_PAID, the payers' balances;
#   4. M50's 2026 budget with its half-year report (BERAP), and the annual accounts as Excel CSV.
# Running it again issues nothing new (the runs are idempotent; a statement imported twice registers nothing twice).
# Needs curl, jq and unzip.
set -euo pipefail

# shellcheck source=bench/local-platform.sh
source "$(dirname "$0")/local-platform.sh"
curl -sf "$FINANCE/q/health/ready" >/dev/null || { echo "finance-service is not running: start ./platform up first"; exit 1; }
M50="$(token m50-treasurer)"
ADMIN="$(token platform-admin)"
api() { local who="$1"; shift; curl -sf -H "Authorization: Bearer $who" "$@"; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== 1. M50 contribution run 2026 (as m50-treasurer)"
api "$M50" -H 'Content-Type: application/json' -X POST "$FINANCE/v1/networks/M50/contribution-runs" -d '{"year": 2026}' \
  | jq -r '"   issued now \(.created), issued before \(.alreadyExisting), exceptions \(.exceptions | length)"'
api "$M50" "$FINANCE/v1/invoices?network=M50&year=2026&pageSize=100" \
  | jq -r '"   \(.totalItems) invoices of M50 2026; totals: \([.items[].total] | group_by(.) | map("\(length) x EUR \(.[0])") | join(", ")); seller \([.items[].seller] | unique | join(", "))"'
api "$M50" -H 'Accept: application/zip' -o "$WORK/m50.zip" "$FINANCE/v1/networks/M50/e-invoices?year=2026"
unzip -q -o "$WORK/m50.zip" -d "$WORK/m50"
count=$(find "$WORK/m50" -name '*.xml' | wc -l)
payable=$(grep -ho '<cbc:PayableAmount currencyID="EUR">[^<]*' -r "$WORK/m50" | sed 's/.*>//' | sort | uniq -c | tr -s ' ')
echo "   e-invoices (UBL 2.1, NLCIUS) in the ZIP: $count; PayableAmount:$payable"
first="$(find "$WORK/m50" -name '*.xml' | sort | head -1)"
echo "   $(basename "$(dirname "$first")")/$(basename "$first"): $(grep -o '<cbc:CustomizationID>[^<]*' "$first" | sed 's/.*>//')"

echo "== 2. G40 contribution run 2026 (as platform-admin): Deventer"
api "$ADMIN" -H 'Content-Type: application/json' -X POST "$FINANCE/v1/networks/G40/contribution-runs" -d '{"year": 2026}' >/dev/null
DEVENTER="$(api "$ADMIN" "$FINANCE/v1/invoices?network=G40&year=2026&pageSize=100" | jq -c '.items[] | select(.payer.name == "Deventer")')"
DEVENTER_ID="$(jq -r .id <<<"$DEVENTER")"
api "$ADMIN" "$FINANCE/v1/invoices/$DEVENTER_ID" | jq -r '"   \(.seller) -> \(.payer.name) \(.number): \(.lines[0].quantity) x EUR \(.lines[0].unitPrice) = EUR \(.netTotal) + VAT EUR \(.vatTotal) = EUR \(.total), due \(.dueDate), reference \(.paymentReference)"'

echo "== 3. Bank statements (camt.053.001.02)"
camt() { # account, statement id, then "amount|debtor|remittance" per credit
  local account="$1" id="$2"; shift 2
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
  echo "<GrpHdr><MsgId>$id</MsgId><CreDtTm>2026-12-04T06:00:00+01:00</CreDtTm></GrpHdr>"
  echo "<Stmt><Id>$id</Id><CreDtTm>2026-12-04T06:00:00+01:00</CreDtTm><Acct><Id><IBAN>$account</IBAN></Id><Ccy>EUR</Ccy></Acct>"
  local n=0
  for credit in "$@"; do
    IFS='|' read -r amount debtor remittance <<<"$credit"
    n=$((n + 1))
    echo "<Ntry><Amt Ccy=\"EUR\">$amount</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-12-03</Dt></BookgDt>"
    echo "<AcctSvcrRef>$id-$n</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>$debtor</Nm></Dbtr></RltdPties>"
    echo "<RmtInf><Ustrd>$remittance</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
  done
  echo '</Stmt></BkToCstmrStmt></Document>'
}
import() { # token, network, file
  api "$1" -H 'Content-Type: application/xml' --data-binary "@$3" "$FINANCE/v1/networks/$2/bank-statements" \
    | jq -r '"   \(.payments) payments, \(.matched) matched, \(.unmatched) unmatched, \(.alreadyImported) already imported; seller \([.statements[].seller] | join(", "))"'
}
PLATFORM31_IBAN="$(api "$ADMIN" "$FINANCE/v1/parties?pageSize=100" | jq -r '.items[] | select(.collectorName == "Platform31") | .iban')"
camt "$PLATFORM31_IBAN" "DEMO-P31-20261203" \
  "$(jq -r .total <<<"$DEVENTER")|Gemeente Deventer|Factuur $(jq -r .paymentReference <<<"$DEVENTER" | tr '-' ' ') bijdrage 2026" > "$WORK/p31.xml"
echo "   Platform31's account ($PLATFORM31_IBAN), as platform-admin:"
import "$ADMIN" G40 "$WORK/p31.xml"
api "$ADMIN" "$FINANCE/v1/invoices/$DEVENTER_ID" | jq -r '"   Deventer \(.number): \(.status), paid EUR \(.paidAmount), outstanding EUR \(.outstanding)"'

ZUTPHEN="$(api "$M50" "$FINANCE/v1/invoices?network=M50&year=2026&pageSize=100" | jq -c '.items[] | select(.payer.name == "Zutphen")')"
MEIERIJSTAD_IBAN="$(api "$M50" "$FINANCE/v1/parties?pageSize=100" | jq -r '.items[] | select(.collectorName == "Gemeente Meierijstad") | .iban')"
camt "$MEIERIJSTAD_IBAN" "DEMO-MEIERIJSTAD-20261204" \
  "1500.00|Gemeente Zutphen|contributie M50 2026 factuur $(jq -r .number <<<"$ZUTPHEN") eerste deel" > "$WORK/meierijstad.xml"
echo "   Meierijstad's account ($MEIERIJSTAD_IBAN), as m50-treasurer:"
import "$M50" M50 "$WORK/meierijstad.xml"
api "$M50" "$FINANCE/v1/invoices/$(jq -r .id <<<"$ZUTPHEN")" | jq -r '"   Zutphen \(.number): \(.status), paid EUR \(.paidAmount), outstanding EUR \(.outstanding)"'
api "$M50" "$FINANCE/v1/networks/M50/balances" \
  | jq -r '"   M50 balances on \(.asOf): \(.payers | length) payers, invoiced EUR \(.invoiced), paid EUR \(.paid), outstanding EUR \(.outstanding)"'

echo "== 4. M50 budget 2026 and its half-year report (BERAP), as m50-treasurer"
api "$M50" "$FINANCE/v1/budgets?network=M50&year=2026" \
  | jq -r '.items[] | "   version \(.version) \(.status): income EUR \(.totalIncome), expenses EUR \(.totalExpenses); adopted at \(.adoption.meetingName // "-") on \(.adoption.meetingDate // "-")"'
api "$M50" "$FINANCE/v1/networks/M50/half-year-reports/2026" \
  | jq -r '.lines[] | "   \(.code): budget \(.budget), actual to 30 June \(.actualToJune30), forecast \(.forecast)"'
api "$M50" -H 'Accept: text/csv' -o "$WORK/accounts.csv" "$FINANCE/v1/networks/M50/annual-accounts/2026"
echo "   annual accounts 2026 as CSV: $(wc -l <"$WORK/accounts.csv") lines, first: $(head -1 "$WORK/accounts.csv" | cut -c1-100)"
