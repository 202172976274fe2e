#!/usr/bin/env bash
# Create .venv and install newskg with its dev tools and the spaCy model, all from PyPI.
# Idempotent: does nothing when .venv is newer than pyproject.toml. Needs only python3 >= 3.10.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
venv=${VENV:-.venv}
stamp="$venv/.installed"
if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then exit 0; fi
bash scripts/make-venv.sh "$python" "$venv"
# uv installs about 7x faster than pip; it is itself installed from PyPI into the venv.
"$venv/bin/python" -m pip install -q --upgrade pip uv
"$venv/bin/uv" pip install --python "$venv/bin/python" -q -e '.[dev]'
touch "$stamp"
