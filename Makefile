# The two commands of the README's quickstart are scripts, so a machine without make runs them
# too; these targets are shortcuts for them and for everyday development.
#   make demo   = ./scripts/demo.sh   set up, ingest samples/, serve the timeline on :8501
#   make test   = ./scripts/test.sh   set up, run lint and the whole test suite (.ci/run)
BIN = .venv/bin

.PHONY: setup demo test test-fast lint format bench clean

setup:
	bash scripts/setup.sh

demo:
	bash scripts/demo.sh

test:
	bash scripts/test.sh

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
	rm -rf .venv data/kg .pytest_cache
