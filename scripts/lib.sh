# Shared helpers for the set-up scripts: step messages and failures that say how to fix them.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
CKAN="$VENV/bin/ckan"

DB_HOST="${PPID_DB_HOST:-127.0.0.1}"
DB_PORT="${PPID_DB_PORT:-5432}"
DB_USER="${PPID_DB_USER:-ckan_ppid}"
DB_PASSWORD="${PPID_DB_PASSWORD:-ckan_ppid}"
# The DataStore's read-only role (datastore_search reads with it; CKAN refuses a reader that can write).
DATASTORE_READER="${PPID_DATASTORE_READER:-ckan_ppid_reader}"
DATASTORE_READER_PASSWORD="${PPID_DATASTORE_READER_PASSWORD:-ckan_ppid_reader}"
REDIS_HOST="${PPID_REDIS_HOST:-127.0.0.1}"
REDIS_PORT="${PPID_REDIS_PORT:-6379}"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
# fail STEP HINT: stop with the step that failed and what to do about it.
fail() {
  printf '\n\033[31mFAILED: %s\033[0m\n    How to fix: %s\n' "$1" "$2" >&2
  exit 1
}
# as_root CMD...: run as root (directly, or through sudo when available).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "running '$*' as root" "run this command as root or install sudo"; fi
}
# as_postgres CMD...: run as the PostgreSQL superuser over the local socket.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
