#!/usr/bin/env bash
# Renders the pages people read, in a real browser (headless Chromium with Noto CJK fonts),
# at a phone's width and a desk's: one report of each verdict, a run's summary and the
# cumulative index, each at 400 and 1200 CSS pixels. The PNGs go to OUT (default
# .build/screenshots); open them to see what a clerk or an auditor sees.
#   scripts/screenshots.sh [OUT]
# The tests check the narrow layout without a browser (NarrowLayout); this is the look.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/screenshots}"
if ! command -v chromium >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi
swift build -c release --product intake-pdf-helper >/dev/null
swift build -c release --product intake >/dev/null
bin=.build/release/intake
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/inbox"
for v in accepted accepted-deferred returned refused invalid; do
  f="$(ls Fixtures/bundles/*-"$v".zip | head -1)"
  cp "$f" "$work/inbox/"
  "$bin" check "$f" --out "$work/$v" >/dev/null || true
done
"$bin" run --inbox "$work/inbox" --out "$work/run" --settle 0 --quiet
shoot() {  # name, file
  for w in 400 1200; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$w,2400" \
      --screenshot="$out/$1-$w.png" "file://$2" >/dev/null 2>&1
  done
}
for v in accepted accepted-deferred returned refused invalid; do shoot "report-$v" "$(ls "$work/$v"/*.html)"; done
shoot run-summary "$(ls "$work"/run/runs/*/run-1.html)"
shoot index "$work/run/index.html"
ls -1 "$out"/*.png
