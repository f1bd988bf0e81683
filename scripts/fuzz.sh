#!/usr/bin/env bash
# Fuzzes every harness (bundle, manifest, documents) with libFuzzer for SECONDS each
# (default 60). Builds intake-fuzz with -sanitize=fuzzer,address into .build-fuzz; each
# harness starts from a scratch copy of its committed seeds (Fuzz/corpus/<harness>/), so
# the repository's corpus only grows when someone copies new inputs in on purpose.
# A crash, a timeout (an input taking over 10 s: checks must stay bounded) or running out
# of memory (2 GiB) fails the script; the reproducer is saved under
# Fuzz/crashes/<harness>/, where the replay test (Tests/IntakeFuzzingTests) picks it up
# once it is committed with its fix.
# FUZZ_SEED=N makes libFuzzer's choices repeatable (CI sets it; default 0: a random seed).
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(bundle manifest documents)
scripts/install-deps.sh
swift build --product intake-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DINTAKE_FUZZ -Xswiftc -use-ld=lld
bin=$(swift build --scratch-path .build-fuzz --show-bin-path)/intake-fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export INTAKE_HOME=$PWD
# qpdf runs in this process, under AddressSanitizer (not in the helper processes of a run).
export INTAKE_PDF_CHECK=in-process
# Swift's runtime keeps some allocations for the process lifetime; leak reports would be noise.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
failed=()
for h in "${harnesses[@]}"; do
  mkdir -p "$work/$h" "Fuzz/crashes/$h"
  cp -R "Fuzz/corpus/$h/." "$work/$h/"
  echo "fuzz: $h for ${seconds}s" >&2
  if INTAKE_FUZZ_HARNESS=$h "$bin" "$work/$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=262144 -seed="${FUZZ_SEED:-0}" -print_final_stats=1 -artifact_prefix="Fuzz/crashes/$h/" 2>"$work/$h.log"; then
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$h.log" | sed "s/^/fuzz: $h /" >&2
  else
    tail -40 "$work/$h.log" >&2
    failed+=("$h")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (reproducers in Fuzz/crashes/)" >&2
  exit 1
fi
echo "fuzz: no crash in ${harnesses[*]}" >&2
