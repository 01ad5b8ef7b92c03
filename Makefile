# Every target sets up its own environment: a fresh machine needs only Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m newsclean extract newsclean/data/sample.html

lint: $(STAMP)
	$(BIN)/ruff check newsclean tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy newsclean

test: $(STAMP) lint typecheck
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info

.PHONY: bench-metadata
bench-metadata: $(STAMP)
	nice $(BIN)/python -m benchmarks.metadata

# The benchmark suite: peers from the `bench` extra; BENCH_ARGS passes options, e.g.
# make bench BENCH_ARGS="--extractors newsclean trafilatura --limit 20"
BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	nice $(BIN)/python -m benchmarks $(BENCH_ARGS)

# F1 and speed of density, trafilatura, readability and the default chain, in one run.
quick-bench: $(STAMP)
	nice $(BIN)/python -m benchmarks.quick
