#!/usr/bin/env bash
# `make test`: the same set-up against the test database, then ruff and the whole test suite.
source "$(dirname "$0")/lib.sh"

"$ROOT/scripts/system.sh" test
"$ROOT/scripts/python-env.sh" test
"$ROOT/scripts/i18n.sh" compile
"$ROOT/scripts/database.sh" ckan_ppid_test

step "Linting with ruff"
"$VENV/bin/ruff" check "$ROOT" || fail "ruff check" "fix the findings above (.venv/bin/ruff check --fix)"
"$VENV/bin/ruff" format --check "$ROOT" >/dev/null || fail "ruff format --check" "run .venv/bin/ruff format"
info "clean"

step "Running the test suite"
cd "$ROOT"
"$VENV/bin/pytest" "$@" || fail "pytest" "read the failures above; rerun one with .venv/bin/pytest tests/<path> -x"
