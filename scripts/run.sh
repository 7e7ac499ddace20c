#!/usr/bin/env bash
# `make run`: installs everything, prepares the database and demo data, and serves the portal with a job worker.
source "$(dirname "$0")/lib.sh"
ADMIN_NAME="${PPID_ADMIN_NAME:-admin}"
ADMIN_PASSWORD="${PPID_ADMIN_PASSWORD:-admin-ppid-2026}"
ADMIN_EMAIL="${PPID_ADMIN_EMAIL:-admin@lembahhijau.example}"
HOST="${PPID_HOST:-127.0.0.1}"
PORT="${PPID_PORT:-5000}"
# Never Werkzeug's interactive debugger (its /console runs Python for whoever reaches the port, whatever
# ckan.ini's debug says) nor its reloader; a thread per request, so a page's assets load side by side.
SERVE_FLAGS=(--disable-debugger --disable-reloader --threaded)

"$ROOT/scripts/system.sh" run
"$ROOT/scripts/python-env.sh" run
"$ROOT/scripts/i18n.sh" compile
"$ROOT/scripts/database.sh" ckan_ppid
"$ROOT/scripts/config.sh"
export CKAN_INI="$ROOT/ckan.ini"

step "Migrating the database (CKAN core and ckanext-ppid plugins)"
"$CKAN" db upgrade >/dev/null || fail "ckan db upgrade" "read the error above; is PostgreSQL reachable with ckan.ini's sqlalchemy.url?"
info "schema up to date"

step "Creating the sysadmin '$ADMIN_NAME'"
if "$CKAN" user show "$ADMIN_NAME" 2>/dev/null | grep -q "^User: None"; then
  "$CKAN" sysadmin add "$ADMIN_NAME" "email=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD" --create >/dev/null \
    || fail "creating sysadmin $ADMIN_NAME" "choose another name: PPID_ADMIN_NAME=... make run"
  info "created sysadmin: $ADMIN_NAME / password: $ADMIN_PASSWORD"
else
  "$CKAN" sysadmin add "$ADMIN_NAME" >/dev/null || fail "making $ADMIN_NAME a sysadmin" "run: ckan sysadmin add $ADMIN_NAME"
  info "exists (password unchanged; reset it with: .venv/bin/ckan -c ckan.ini user setpass $ADMIN_NAME)"
fi

step "Loading demo data (ckan ppid demo)"
"$CKAN" ppid demo || fail "ckan ppid demo" "read the error above; the command is idempotent, run make run again after fixing"

step "Table previews for the documents already in the DataStore (ckan views create)"
"$CKAN" views create datatables_view -y >/dev/null || fail "ckan views create datatables_view" "read the error above; run make run again"
info "every DataStore table has its table view"

step "Building JavaScript translations"
"$CKAN" translation js >/dev/null 2>&1 || info "skipped (ckan translation js failed; pages still work)"

step "Serving the portal on http://$HOST:$PORT (Ctrl-C stops it) with a background job worker"
"$CKAN" jobs worker >"$ROOT/var/worker.log" 2>&1 &
worker=$!
trap 'kill $worker 2>/dev/null || true' EXIT INT TERM
info "job worker pid $worker, log var/worker.log"
info "log in as $ADMIN_NAME at http://$HOST:$PORT/user/login"
"$CKAN" run -H "$HOST" -p "$PORT" "${SERVE_FLAGS[@]}"
