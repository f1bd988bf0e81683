#!/usr/bin/env bash
# Installs intake under PREFIX (default /usr/local): a release binary with the Swift
# runtime linked in (--static-swift-stdlib: no toolchain needed where it runs) as
# PREFIX/bin/intake (with PREFIX/bin/intake-pdf-helper, the process it checks PDFs in),
# and its data (Schemas/, Pipelines/, Docs/, the example bundles) in
# PREFIX/share/intake, where the binary finds them from any folder. Needs at run time only
# the Debian libraries listed in README.md (Install).
# Usage: scripts/install.sh [PREFIX]
set -euo pipefail
prefix="${1:-/usr/local}"
mkdir -p "$prefix"
prefix="$(cd "$prefix" && pwd)"   # absolute, from the caller's folder
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Its own build folder: the static runtime changes every object's flags.
swift build -c release --static-swift-stdlib --scratch-path .build-static --product intake >&2
swift build -c release --static-swift-stdlib --scratch-path .build-static --product intake-pdf-helper >&2
bin="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/intake"
share="$prefix/share/intake"
mkdir -p "$prefix/bin" "$share"
# Data first, then the binary, each replaced whole.
for folder in Schemas Pipelines Docs; do
  rm -rf "$share/$folder.new"
  cp -R "$folder" "$share/$folder.new"
  rm -rf "$share/$folder"
  mv "$share/$folder.new" "$share/$folder"
done
rm -rf "$share/examples" && mkdir -p "$share/examples"
cp Fixtures/bundles/RS-005-accepted-deferred.zip Fixtures/bundles/RS-009-returned.zip \
   Fixtures/bundles/SB-017-refused.zip Fixtures/bundles/SB-048-accepted.zip Fixtures/bundles/GQ-JS-invalid.zip "$share/examples/"
if git rev-parse HEAD > "$share/COMMIT.new" 2>/dev/null; then mv "$share/COMMIT.new" "$share/COMMIT"; else rm -f "$share/COMMIT.new" "$share/COMMIT"; fi
# The helper before the binary that starts it.
install -m 0755 "$bin-pdf-helper" "$prefix/bin/intake-pdf-helper.new"
mv "$prefix/bin/intake-pdf-helper.new" "$prefix/bin/intake-pdf-helper"
install -m 0755 "$bin" "$prefix/bin/intake.new"
mv "$prefix/bin/intake.new" "$prefix/bin/intake"
echo "intake: installed $("$prefix/bin/intake" --version) as $prefix/bin/intake, data in $share" >&2
