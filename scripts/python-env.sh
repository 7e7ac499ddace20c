#!/usr/bin/env bash
# Creates the virtualenv at .venv and installs the project (editable, with test tools) when needed.
# Usage: scripts/python-env.sh [run|test]   (both also install the npm packages: Chart.js, and axe-core for tests)
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

# npm packages (package-lock.json): Chart.js for the budget charts in both modes, axe-core for the browser tests.
step "Installing the npm packages (package-lock.json)"
if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci" "check access to the npm registry"
else
  info "up to date"
fi
# The chart library's browser bundle joins the portal's assets (webassets bundle ppid_budget/budget-js, no CDN).
vendor="$ROOT/ckanext-ppid/ckanext/ppid/assets/vendor"
mkdir -p "$vendor"
cp "$ROOT/node_modules/chart.js/dist/chart.umd.min.js" "$vendor/chart.umd.min.js" \
  || fail "copying Chart.js into the assets" "run npm ci in $ROOT and check node_modules/chart.js/dist"
info "Chart.js bundled into ckanext-ppid/ckanext/ppid/assets/vendor/"
