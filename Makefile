# Two commands a new user needs (README "Quickstart"):
#   make demo   set everything up, ingest samples/ into the embedded store, serve the timeline
#   make test   set everything up and run the whole test suite (what .ci/run calls)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PORT   ?= 8501
STORE  ?= oxigraph:./data/kg

.PHONY: setup demo ingest serve test test-fast lint format system-deps bench clean

setup: $(VENV)/.installed

# uv installs ~7x faster than pip; it is itself installed from PyPI into the venv.
$(VENV)/.installed: pyproject.toml
	bash scripts/make-venv.sh $(PYTHON) $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip uv
	$(BIN)/uv pip install --python $(BIN)/python -q -e '.[dev]'
	touch $@

# kg ingest also merges events reported by several articles (kg merge).
ingest: setup
	$(BIN)/kg --store $(STORE) ingest samples/

demo: ingest
	@echo "newskg timeline: http://localhost:$(PORT)  (Ctrl-C to stop)"
	$(BIN)/kg --store $(STORE) ui --port $(PORT) --headless

# System packages for the browser and remote-store tests (Chromium, Virtuoso). Installed when we
# are root and apt-get works; otherwise those tests skip with a one-line reason (fail under CI=true).
system-deps:
	@bash tests/system_deps.sh || true

test: setup system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) data/kg .pytest_cache
