# GPP Commons: `make run` serves the site, `make test` runs the tests. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup install messages i18n-compile i18n-check test test-services test-e2e test-all bench lint format screenshot clean

# Links in e-mails, the API and calendars name SITE_URL, and `migrate` points the site records
# at it (kb_site/sites.py): here, the address runserver serves. `make run SITE_URL=...` for another.
run setup: export SITE_URL = http://$(HOST):$(PORT)

run: setup ## Set everything up on SQLite and serve the site
	@$(MANAGE) demo_logins --url $(SITE_URL)/
	$(MANAGE) runserver $(HOST):$(PORT)

setup: install i18n-compile
	@mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo

# The virtualenv is built from uv.lock only (never re-resolved); uv itself is pinned above.
install: $(VENV)/.synced
$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
$(VENV)/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --quiet
	@touch $@

i18n-compile: install
	@$(PY) scripts/i18n.py compile

messages: install ## Extract new strings into locale/lv/LC_MESSAGES/django.po
	$(MANAGE) makemessages -l lv --no-obsolete --add-location file --ignore '.venv/*' --ignore '.tools/*' --ignore 'var/*' --ignore 'tests/*'

i18n-check: install ## Fail when a user-visible string has no Latvian translation
	@$(PY) scripts/i18n.py check

test: install i18n-compile i18n-check ## Fast suite: SQLite, database search, locmem e-mail
	$(VENV)/bin/pytest -m "not e2e and not services and not slow" $(PYTEST_ARGS)

test-services: install i18n-compile ## The suite again on PostgreSQL and Elasticsearch, plus the real-SMTP tests
	@source scripts/services.sh && start_postgres && start_elasticsearch && \
	  trap stop_elasticsearch EXIT && \
	  $(VENV)/bin/pytest -m "not e2e" $(PYTEST_ARGS)

test-e2e: install i18n-compile ## Browser tests: Playwright driving Debian's Chromium, with axe
	$(VENV)/bin/pytest -m e2e $(PYTEST_ARGS)

test-all: test test-services test-e2e

bench: install i18n-compile ## Benchmarks on PostgreSQL: pages, search, load (docs/performance.md)
	bash scripts/bench.sh

lint: install ## ruff (Python) and djLint (templates; lint rules only, its reformatting would change msgids)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

screenshot: setup ## docs/screenshots/home*.png, taken with headless Chromium
	$(PY) scripts/screenshot.py

clean:
	rm -rf $(VENV) .tools var
