#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (Swift Testing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-python-tools.sh
swift build --build-tests
swift test --skip-build
# The HTTP API against its OpenAPI document (schemathesis, from PyPI).
scripts/openapi-check.sh 50
