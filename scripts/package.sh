#!/usr/bin/env bash
# Makes dist/intake-<version>-linux-<arch>.tar.gz (bin/intake with the Swift runtime linked
# in, share/intake with the schemas, catalog, docs and example bundles), then proves it
# runs on its own: unpacked into an empty folder and run from elsewhere with a bare
# environment (no toolchain on PATH or LD_LIBRARY_PATH, no INTAKE_HOME), its binary
# linking no Swift library from the toolchain.
# Usage: scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
scripts/install.sh "$stage/intake" >&2
version="$("$stage/intake/bin/intake" --version | awk '{print $2}')"
name="intake-$version-linux-$(uname -m)"
mv "$stage/intake" "$stage/$name"
mkdir -p dist
tar -C "$stage" -czf "dist/$name.tar.gz" "$name"
echo "package: dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))" >&2

# The self-test: a fresh folder, a bare environment.
check="$(mktemp -d)"
trap 'rm -rf "$stage" "$check"' EXIT
tar -C "$check" -xzf "dist/$name.tar.gz"
exe="$check/$name/bin/intake"
if ldd "$exe" "$exe-pdf-helper" | grep -E 'libswift|libFoundation|libdispatch|/opt/swift|not found'; then
  echo "package: the binary needs libraries outside Debian's (above)" >&2
  exit 1
fi
cd /
run() { env -i PATH=/usr/bin:/bin HOME="$check" LANG=C.UTF-8 "$@"; }
run "$exe" --version
status=0
run "$exe" check "$check/$name/share/intake/examples/RS-009-returned.zip" --format json > "$check/report.json" || status=$?
[ "$status" = 1 ] || { echo "package: check exited $status, expected 1 (returned)" >&2; exit 1; }
grep -q '"verdict": "returned"' "$check/report.json" || { echo "package: unexpected report" >&2; exit 1; }
run "$exe" run --inbox "$check/$name/share/intake/examples" --out "$check/out" --settle 0 2> "$check/run.log"
grep -q 'pdf_check=isolated' "$check/run.log" || { echo "package: PDFs were not checked in the helper:" >&2; grep 'run started' "$check/run.log" >&2; exit 1; }
decided="$(python3 -c 'import glob,json,sys; print(json.load(open(glob.glob(sys.argv[1])[0]))["run"]["decided"])' "$check/out/runs/*/run-1.json")"
[ "$decided" = 5 ] || { echo "package: the run decided $decided of the 5 examples" >&2; exit 1; }
echo "package: OK: unpacked in an empty folder, run from / with a bare environment: check and run work" >&2
