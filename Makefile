, := ,
# Two entry points: `make demo` runs graphkit on the seeds, `make test` runs the tests.
# Both create .venv and install the project from its own files when needed.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
GK      := $(BIN)/graphkit

.PHONY: demo test bench registry lexicon vendor-js clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dask,build-registry,fast]"
	touch $(STAMP)

demo: $(STAMP)
	$(GK) build seeds/ -o outputs/idlib.graphml
	$(GK) factions outputs/idlib.graphml --level state --quad material
	$(GK) plot outputs/idlib.graphml -o outputs/idlib.png
	$(GK) view outputs/idlib.graphml -o outputs/idlib.html
	$(GK) extract seeds/ -o outputs/idlib.extract.jsonl
	$(GK) report seeds/ -o outputs/report/

test: $(STAMP) tests/js/node_modules/.installed
	$(BIN)/python -m pytest graphkit tests

# graphology and its parsers, for tests/test_consumers.py (skipped without npm).
tests/js/node_modules/.installed: tests/js/package.json
	@if ! command -v npm >/dev/null; then echo "npm not found: the graphology tests will be skipped"; \
	elif (cd tests/js && npm install --no-audit --no-fund --silent); then touch $@; \
	else echo "npm install in tests/js failed: the graphology tests will be skipped"; fi

# Results go to build/bench/ (untracked); `make bench QUICK=1` is the quick
# smoke test, `make bench OUT=bench/results` records a run in the repository.
bench: $(STAMP)
	$(BIN)/python bench/run.py $(if $(QUICK),--quick) $(if $(OUT),--out $(OUT)/latest.json)
	$(BIN)/python bench/speed.py $(if $(QUICK),--articles 10 --repeat 1 --skip-jobs) $(if $(OUT),--out $(OUT)/speed.json)
	$(BIN)/python bench/long.py $(if $(QUICK),--sizes 10000$(,)100000) $(if $(OUT),--out $(OUT)/long.json)

registry: $(STAMP)
	$(BIN)/python tools/build_registry.py

# Rebuild graphkit/data/cameo.json and agents.json from reference/cameo and reference/phoenix.
lexicon: $(STAMP)
	$(BIN)/python tools/build_lexicon.py

# Refresh the JavaScript of `graphkit view` from npm (needs npm; the result is committed).
vendor-js: $(STAMP)
	$(BIN)/python tools/vendor_js.py

clean:
	rm -rf $(VENV) .pytest_cache .graphkit-cache
