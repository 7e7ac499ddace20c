# ckanext-ppid: two commands set up everything on a fresh Debian machine (see README).
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help run test lint format i18n-extract i18n-update i18n-compile i18n-check bench-search bench-requests \
	bench-budget bench-security bench-pages bench-import

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: ## install everything, migrate, load demo data, serve http://127.0.0.1:5000 with a job worker
	@scripts/run.sh

test: ## the same set-up for the test database, then ruff and the whole test suite
	@scripts/test.sh

lint: ## ruff check and format check
	@.venv/bin/ruff check . && .venv/bin/ruff format --check .

format: ## ruff format and safe fixes
	@.venv/bin/ruff check --fix . && .venv/bin/ruff format .

i18n-extract: ## extract translatable strings into ckanext-ppid.pot
	@scripts/i18n.sh extract

i18n-update: ## merge the .pot into every language's .po
	@scripts/i18n.sh update

i18n-compile: ## compile the catalogs (.mo; done by run and test)
	@scripts/i18n.sh compile

i18n-check: ## fail on catalog errors and untranslated strings
	@scripts/i18n.sh check

bench-search: ## search latency and indexing figures at 10,000 and 100,000 datasets
	@.venv/bin/python bench/search_latency.py

bench-requests: ## request filing, numbering, receipts, queue and statistics figures at 100,000 cases
	@.venv/bin/python bench/request_workflow.py

bench-budget: ## budget import throughput (100,000-row SIPD file) and summary latency at 50 OPDs x 5 years
	@.venv/bin/python bench/budget_pipeline.py

bench-security: ## how long the role x route matrix and the fuzz tests take (target: under 5 minutes)
	@.venv/bin/python bench/security_suites.py

bench-import: ## register import preview and commit of a 5,000-row file (CSV and XLSX), through the import pages
	@.venv/bin/python bench/register_import.py

bench-pages: ## p50/p95 of the pages each role uses, against the portal make run serves (target: p95 < 300 ms)
	@.venv/bin/python bench/page_latency.py
