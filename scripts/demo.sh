#!/usr/bin/env bash
# Installs what is missing, builds intake, and decides a few of the bundled examples
# (Fixtures/bundles): one per verdict, reports written to demo-reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product intake-pdf-helper
swift build -c release --product intake
bin=.build/release/intake
out=demo-reports
for bundle in RS-005-accepted-deferred SB-048-accepted RS-009-returned SB-017-refused GQ-JS-invalid; do
  echo "== intake check Fixtures/bundles/$bundle.zip --out $out"
  status=0
  "$bin" check "Fixtures/bundles/$bundle.zip" --out "$out" || status=$?
  echo "(exit status $status: 0 acceptance, 1 rejection)"
  echo
done
echo "JSON, XML and HTML reports are in $out/ (open the .html files in a browser)."
echo
echo "== the nightly batch over every example: intake run --inbox Fixtures/bundles --out demo-run"
"$bin" run --inbox Fixtures/bundles --out demo-run --quiet --settle 0
echo "Reports by date/verdict/matter under demo-run/reports/, the ledger in demo-run/ledger.sqlite,"
echo "this run's summary in demo-run/runs/<date>/run-<id>.{html,json,csv}, every decision, month by month, from demo-run/index.html."
