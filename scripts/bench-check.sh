#!/usr/bin/env bash
# `intake check` as one process (issue 13: under 25 ms for a 100 KB bundle on a quiet
# machine): the installed kind of binary (static Swift runtime, as scripts/install.sh
# builds it), timed by hyperfine against `intake --version` (the process' start alone),
# with the catalog version cache warm and off, and with qpdf in the helper and in-process.
#   scripts/bench-check.sh [RUNS=60]
# Needs hyperfine (installed here when missing). Quiet the machine first: the figures move
# by a third with a build running beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null 2>&1 || sudo apt-get install -y -qq hyperfine; }
runs=${1:-60}
swift build -c release --static-swift-stdlib --scratch-path .build-static --product intake-pdf-helper >/dev/null
swift build -c release --static-swift-stdlib --scratch-path .build-static --product intake >/dev/null
bin="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/intake"
bundle=Fixtures/bundles/RS-009-accepted.zip   # 98 KB: the application form (PDF) and three scans
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
export INTAKE_CATALOG_CACHE="$cache"
"$bin" check "$bundle" --format json >/dev/null   # fills the cache (files older than 2 s)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); bundle $bundle ($(stat -c %s "$bundle") bytes)"
hyperfine -N --warmup 5 --runs "$runs" --style basic \
  -n "intake --version (start alone)" "$bin --version" \
  -n "check, version cache warm" "$bin check $bundle --format json" \
  -n "check, cache off" "env INTAKE_CATALOG_CACHE=off $bin check $bundle --format json" \
  -n "check, qpdf in-process" "env INTAKE_PDF_CHECK=in-process $bin check $bundle --format json" 2>&1 |
  grep -E "^Benchmark|Time \(mean|Range"
