# 论文精读笔记: `make serve` to preview, `make test` to run every test.
# Both install what they need first (a .venv, npm packages, Chromium for tests)
# and skip what is already installed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
HOST ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: install serve build check test test-fast lint new strip bench clean report

install: $(STAMP) $(NPM_STAMP)

$(STAMP): requirements.txt requirements-dev.txt requirements-notebooks.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check \
		-r requirements.txt -r requirements-dev.txt -r requirements-notebooks.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: install
	$(BIN)/mkdocs serve --dev-addr $(HOST) --livereload

build: install
	$(BIN)/mkdocs build --strict

check: install
	$(PY) -m papersite.checks

report: install
	$(PY) -m papersite.notes

new: install
	@test -n "$(DOMAIN)" -a -n "$(SLUG)" -a -n "$(TITLE)" || { \
	  echo 'usage: make new DOMAIN=cnn SLUG=densenet TITLE=DenseNet YEAR=2017 [KEY=huang2017densely] [URL=https://arxiv.org/abs/1608.06993]'; exit 2; }
	$(PY) -m papersite.scaffold --domain "$(DOMAIN)" --slug "$(SLUG)" --title "$(TITLE)" \
		$(if $(YEAR),--year $(YEAR)) $(if $(KEY),--key $(KEY)) $(if $(URL),--url "$(URL)")

strip: install
	$(PY) -m papersite.strip_outputs notebooks/*.ipynb

.PHONY: chromium
chromium:
	@command -v chromium >/dev/null || test -x /usr/bin/chromium || { \
	  apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

lint: install
	$(BIN)/ruff check scripts tests

# One explicit strict build into site/ (what the deploy workflow publishes); the
# tests then read, serve and browse that site.
test: install chromium
	$(BIN)/ruff check scripts tests
	$(PY) -m papersite.checks
	$(BIN)/mkdocs build --strict -q
	SITE_DIR=site $(BIN)/pytest -q

# Seconds, no build and no browser: checks, unit tests, the bad-input corpus.
test-fast: install
	$(BIN)/ruff check scripts tests
	$(PY) -m papersite.checks
	$(BIN)/pytest -q -m "not build and not browser"

bench: install chromium
	$(PY) -m papersite.bench

clean:
	rm -rf site .cache .pytest_cache
