#!/usr/bin/env bash
# Installs the Debian packages the portal needs (only those missing) and starts PostgreSQL and Redis.
# Usage: scripts/system.sh [run|test]   (test adds Chromium, poppler-utils and nginx for the tests; Node.js is for both)
source "$(dirname "$0")/lib.sh"
purpose="${1:-run}"

packages=(postgresql postgresql-contrib redis-server libpq-dev python3-venv python3-dev build-essential
  libmagic1 libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig fonts-dejavu-core
  gettext curl ca-certificates nodejs npm)
if [ "$purpose" = test ]; then packages+=(chromium poppler-utils nginx); fi

step "Checking Debian packages"
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node.js from another source (nvm, NodeSource) already gives npm: do not fight it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"
if [ "${#missing[@]}" -gt 0 ]; then
  info "installing: ${missing[*]}"
  as_root apt-get update -q || fail "apt-get update" "check the network access to the Debian mirrors"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}" \
    || fail "apt-get install ${missing[*]}" "install these Debian packages by hand and run again"
else
  info "all present"
fi

step "Starting PostgreSQL if it is not running"
if pg_isready -q -h "$DB_HOST" -p "$DB_PORT"; then
  info "PostgreSQL answers on $DB_HOST:$DB_PORT"
else
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$version" ] || fail "finding a PostgreSQL cluster" "run 'pg_createcluster 15 main' as root"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || as_root pg_ctlcluster "$version" main start \
    || fail "starting PostgreSQL $version" "see /var/log/postgresql/ and start the cluster by hand"
  for _ in $(seq 30); do pg_isready -q -h "$DB_HOST" -p "$DB_PORT" && break; sleep 1; done
  pg_isready -q -h "$DB_HOST" -p "$DB_PORT" \
    || fail "waiting for PostgreSQL on $DB_HOST:$DB_PORT" "check listen_addresses and the port in postgresql.conf"
  info "started PostgreSQL $version"
fi

step "Starting Redis if it is not running"
if redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
  info "Redis answers on $REDIS_HOST:$REDIS_PORT"
else
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind "$REDIS_HOST" --port "$REDIS_PORT" --dir /var/lib/redis \
    --logfile /var/log/redis/ppid.log \
    || fail "starting Redis" "start redis-server by hand on $REDIS_HOST:$REDIS_PORT"
  for _ in $(seq 20); do redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.5; done
  redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG \
    || fail "waiting for Redis" "see /var/log/redis/ppid.log"
  info "started Redis"
fi
