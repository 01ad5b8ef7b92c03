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

# Coverage-guided fuzzing of extract() (atheris, the `fuzz` extra), seeded from ../shared.
FUZZ_SECONDS ?= 600
FUZZ_MAX_LEN ?= 2048
FUZZ_STAMP   := $(VENV)/.fuzz-installed
.PHONY: fuzz

$(FUZZ_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,fuzz]'
	touch $(FUZZ_STAMP)

fuzz: $(FUZZ_STAMP)
	mkdir -p fuzz/crashes
	$(BIN)/python fuzz/fuzz_extract.py -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) \
		-timeout=20 -print_final_stats=1 -artifact_prefix=fuzz/crashes/
