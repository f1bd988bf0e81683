#!/usr/bin/env bash
# Installs what is missing, builds intake, and runs it on the bundled example bundles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product intake
bin=.build/release/intake
for bundle in Fixtures/bundles/RS-007-intact.zip Fixtures/bundles/RS-007-gbk-names.zip \
              Fixtures/bundles/RS-007-pdf-claimed-as-jpeg.zip; do
  echo "== intake inspect $bundle"
  status=0
  "$bin" inspect "$bundle" || status=$?
  echo "(exit status $status)"
  echo
done
