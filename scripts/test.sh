#!/usr/bin/env bash
# Set up and run the whole test suite: lint, format check, type check, pytest (what CI runs via
# .ci/run).
# Chromium and Virtuoso come from Debian's packages when we are root (tests/system_deps.sh);
# without them the browser and Virtuoso tests skip with a reason, and fail under CI=true.
# pytest exits non-zero when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash tests/system_deps.sh || true
bin=${VENV:-.venv}/bin
"$bin/ruff" check .
"$bin/ruff" format --check .
"$bin/mypy" kg
exec "$bin/python" -m pytest "$@"
