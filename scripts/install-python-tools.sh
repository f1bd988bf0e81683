#!/usr/bin/env bash
# The Python tools the tests use, from PyPI, only when missing: schemathesis (the HTTP API
# against Schemas/openapi.yaml) and jsonschema (reports against Schemas/report.schema.json;
# schemathesis brings it).
set -euo pipefail
if ! python3 -c 'import jsonschema, schemathesis' 2>/dev/null; then
  echo "intake: installing schemathesis and jsonschema from PyPI" >&2
  python3 -m pip install -q --disable-pip-version-check 'schemathesis>=4,<5' 'jsonschema>=4.18' >&2
fi
