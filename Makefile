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
	$(BIN)/python -m benchmarks.ratchet

# The quality ratchet alone: text F1 and metadata match rates of the default extract() on
# every dev set present, against benchmarks/floors.json (--update raises the floors).
.PHONY: quality
quality: $(STAMP)
	$(BIN)/python -m benchmarks.ratchet $(RATCHET_ARGS)

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

# The explain view's browser test needs headless Chromium: installed when missing and we
# are root with apt-get (CI containers); otherwise the test skips and says why.
.PHONY: chromium docs
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium for the explain view's browser test"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends chromium) >/dev/null 2>&1 \
	      || echo "chromium could not be installed: the browser test will skip"; \
	  else echo "chromium not found: the browser test will skip"; fi; }

DOCS_STAMP := $(VENV)/.docs-installed

$(DOCS_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,docs]'
	touch $(DOCS_STAMP)

# The documentation site (mkdocs-material + mkdocstrings), built offline with --strict.
docs: $(DOCS_STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/site

test: chromium docs

# F1 and speed of density, trafilatura, readability and the default chain, in one run.
quick-bench: $(STAMP)
	nice $(BIN)/python -m benchmarks.quick

# Coverage-guided fuzzing (atheris, the `fuzz` extra): every target of fuzz/targets.py in
# turn (extract(), our stages unguarded, metadata, JSON-LD, and each normaliser and
# metadata parser), niced, FUZZ_RUNS executions each (extract: FUZZ_EXTRACT_RUNS); an
# execution over 2 s of CPU is a finding (fuzz/fuzz.py), libFuzzer's wall-clock timeout
# only catches one that never returns; a finding stops its target (fuzz/crashes/).
# One target: make fuzz FUZZ_TARGETS=dateline FUZZ_RUNS=1000000
FUZZ_TARGETS      ?= dateline credits trailers captions clutter news dates authors titles jsonld extract metadata embedded stages
FUZZ_RUNS         ?= 75000
FUZZ_EXTRACT_RUNS ?= 120000
FUZZ_TIMEOUT      ?= 120
FUZZ_STAMP        := $(VENV)/.fuzz-installed
.PHONY: fuzz

$(FUZZ_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,fuzz]'
	touch $(FUZZ_STAMP)

fuzz: $(FUZZ_STAMP)
	mkdir -p fuzz/crashes
	@for target in $(FUZZ_TARGETS); do \
	  runs=$(FUZZ_RUNS); [ $$target = extract ] && runs=$(FUZZ_EXTRACT_RUNS); \
	  echo "== fuzz $$target: $$runs executions"; \
	  nice $(BIN)/python fuzz/fuzz.py $$target -runs=$$runs -timeout=$(FUZZ_TIMEOUT) \
	    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=fuzz/crashes/$$target- \
	    || exit 1; \
	done
