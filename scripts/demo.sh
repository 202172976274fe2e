#!/usr/bin/env bash
# The main job: set up, ingest samples/ into the embedded store (kg ingest also merges events
# reported by several articles), then serve the timeline on http://localhost:${PORT:-8501}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bin=${VENV:-.venv}/bin
store=${STORE:-oxigraph:./data/kg}
port=${PORT:-8501}
"$bin/kg" --store "$store" ingest samples/
echo "newskg timeline: http://localhost:$port  (Ctrl-C to stop)"
exec "$bin/kg" --store "$store" ui --port "$port" --headless
