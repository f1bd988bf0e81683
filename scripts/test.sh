#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (Swift Testing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-python-tools.sh
swift build --build-tests
# A private PostgreSQL cluster for the shared-ledger tests (installed from Debian when
# missing; its own data folder and port; stopped at the end). INTAKE_TEST_POSTGRES set
# beforehand points the tests at another server instead.
if [ -z "${INTAKE_TEST_POSTGRES:-}" ]; then
  pgdir="$(mktemp -d /tmp/intake-test-postgres.XXXXXX)"
  trap 'scripts/postgres.sh stop "$pgdir" >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
  INTAKE_TEST_POSTGRES="$(scripts/postgres.sh start "$pgdir" 54331)"
  export INTAKE_TEST_POSTGRES
fi
swift test --skip-build
# The HTTP API against its OpenAPI document (schemathesis, from PyPI).
scripts/openapi-check.sh 50
# Fuzzing as a habit: every harness for a minute from its committed seeds, under
# AddressSanitizer (a crash, a hang over 10 s or 2 GiB fails; reproducers land in
# Fuzz/crashes/, which the replay test runs). CI sets a fixed seed; locally
# INTAKE_FUZZ_SECONDS=0 skips it.
if [ "${INTAKE_FUZZ_SECONDS:-60}" != 0 ]; then
  FUZZ_SEED=${FUZZ_SEED:-$([ "${CI:-}" = true ] && echo 20261201 || echo 0)} scripts/fuzz.sh "${INTAKE_FUZZ_SECONDS:-60}"
fi
