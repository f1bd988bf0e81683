#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer, then under UndefinedBehaviorSanitizer,
# each in its own scratch folder (.build-asan, .build-ubsan) so the normal build is left
# alone. Slow (two more full builds); not part of scripts/test.sh.
# swiftc on Linux refuses -sanitize=undefined (so does `swift build --sanitize=undefined`):
# Swift code already traps on overflow, bad casts and out-of-bounds access in every build,
# so UBSan is applied to the C code compiled here (CIntakeXML, swift-crypto's BoringSSL)
# with -Xcc -fsanitize=undefined, and its runtime linked through swiftc's clang driver.
# The system libraries (libzip, libxml2, libqpdf, zlib, sqlite) are Debian's, not rebuilt.
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
  if [ "$s" = address ]; then
    flags=(--sanitize=address)
  else
    flags=(-Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined
      -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined)
  fi
  echo "sanitize: building with ${flags[*]} into $scratch" >&2
  swift build --build-tests --scratch-path "$scratch" "${flags[@]}"
  echo "sanitize: testing ($s)" >&2
  swift test --skip-build --scratch-path "$scratch" "${flags[@]}"
done
