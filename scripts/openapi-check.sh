#!/usr/bin/env bash
# The API cannot drift from Schemas/openapi.yaml: starts the built `intake serve` (with a
# tokens file, so authentication is checked too) and runs schemathesis (from PyPI) with
# every check against it: status codes, content types, headers and bodies conform, no
# server error, authentication enforced, invalid requests refused.
# Usage: scripts/openapi-check.sh [MAX_EXAMPLES]   (after `swift build`; default 25)
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-25}"
bin="$(swift build --show-bin-path)/intake"
[ -x "$bin" ] || { echo "openapi-check: build first (swift build)" >&2; exit 2; }
scripts/install-python-tools.sh
st_cmd=.build/python/bin/st
pid=""
work="$(mktemp -d)"
trap '[ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"' EXIT
token="openapi-check-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s' "$token" | sha256sum | cut -d' ' -f1 > "$work/tokens"
"$bin" serve --port 0 --data "$work/data" --tokens "$work/tokens" > "$work/out" 2> "$work/err" &
pid=$!
for _ in $(seq 1 300); do
  grep -q 'listening on' "$work/out" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.1
done
address="$(sed -n 's/.*listening on //p' "$work/out")"
[ -n "$address" ] || { echo "openapi-check: the server did not start" >&2; cat "$work/err" >&2; exit 1; }
echo "openapi-check: schemathesis against $address ($examples examples per operation)" >&2
# --seed and no example database: the same requests every run, so a CI failure can be
# replayed exactly. Hypothesis's filter_too_much health check is about the generator (zip
# bodies are binary), not the server: suppressed.
status=0
$st_cmd run Schemas/openapi.yaml --url "$address" -H "Authorization: Bearer $token" \
  --checks all --max-examples "$examples" --seed 20261130 --no-color \
  --generation-database none --suppress-health-check filter_too_much || status=$?
if ! kill -0 "$pid" 2>/dev/null; then
  echo "openapi-check: the server died; its standard error:" >&2
  tail -n 50 "$work/err" >&2
  exit 1
fi
exit "$status"
