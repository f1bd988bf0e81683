#!/usr/bin/env bash
# The Python tools the tests use, from PyPI, in a virtual environment of the repository's
# own (.build/python: Debian's system Python refuses pip installs, PEP 668), only when
# missing: schemathesis (the HTTP API against Schemas/openapi.yaml) and jsonschema (reports
# against Schemas/report.schema.json). Needs python3 and python3-venv (install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/python
if [ ! -x "$venv/bin/python3" ]; then
  mkdir -p .build
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python3" -c 'import jsonschema, schemathesis' 2>/dev/null; then
  echo "intake: installing schemathesis and jsonschema from PyPI into $venv" >&2
  "$venv/bin/python3" -m pip install -q --disable-pip-version-check 'schemathesis>=4,<5' 'jsonschema>=4.18' >&2
fi
