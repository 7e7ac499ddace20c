#!/usr/bin/env bash
# Creates the virtualenv at .venv and installs the project (editable, with test tools) when needed.
# Usage: scripts/python-env.sh [run|test]   (test also installs the npm packages the browser tests use)
source "$(dirname "$0")/lib.sh"
purpose="${1:-run}"

step "Preparing the Python virtualenv (.venv)"
if [ ! -x "$PY" ]; then
  python3 -m venv "$VENV" || fail "creating .venv" "install python3-venv (apt-get install python3-venv)"
  "$PY" -m pip install -q --upgrade pip wheel setuptools || fail "upgrading pip in .venv" "check access to PyPI"
  info "created .venv"
fi
stamp="$VENV/.ppid-installed"
if [ ! -f "$stamp" ] || [ "$ROOT/setup.py" -nt "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
  info "installing ckanext-ppid and its dependencies (first time: a few minutes)"
  mkdir -p "$ROOT/var"
  if ! "$PY" -m pip install -e "$ROOT[test]" >"$ROOT/var/pip-install.log" 2>&1; then
    tail -n 30 "$ROOT/var/pip-install.log" >&2
    fail "pip install -e .[test]" "read var/pip-install.log; a missing C library means a missing Debian package (scripts/system.sh)"
  fi
  touch "$stamp"
else
  info "up to date"
fi

if [ "$purpose" = test ] && [ -f "$ROOT/package-lock.json" ]; then
  step "Installing npm packages for the browser tests (package-lock.json)"
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci" "check access to the npm registry"
  else
    info "up to date"
  fi
fi
