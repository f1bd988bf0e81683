#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer, then under UndefinedBehaviorSanitizer,
# each in its own scratch folder (.build-asan, .build-ubsan) so the normal build is left
# alone. Slow (two more full builds); not part of scripts/test.sh.
# Usage: scripts/sanitize.sh [address|undefined ...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address undefined)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for s in "${sanitizers[@]}"; do
  case $s in
    address) scratch=.build-asan ;;
    undefined) scratch=.build-ubsan ;;
    *) echo "sanitize: unknown sanitizer $s" >&2; exit 2 ;;
  esac
  echo "sanitize: building with --sanitize=$s into $scratch" >&2
  swift build --build-tests --sanitize="$s" --scratch-path "$scratch"
  echo "sanitize: testing with --sanitize=$s" >&2
  swift test --skip-build --sanitize="$s" --scratch-path "$scratch"
done
