#!/usr/bin/env bash
# Creates the database role and the given databases if they do not exist (never drops anything).
# Usage: scripts/database.sh DBNAME...
source "$(dirname "$0")/lib.sh"

step "Creating the database role '$DB_USER' and databases: $*"
psql_super() { as_postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_super -c "select 1" >/dev/null 2>&1 \
  || fail "connecting to PostgreSQL as the postgres superuser" "make sure the local socket works: 'runuser -u postgres -- psql'"
if [ "$(psql_super -c "select 1 from pg_roles where rolname = '$DB_USER'")" != 1 ]; then
  psql_super -c "create role \"$DB_USER\" login password '$DB_PASSWORD'" \
    || fail "creating role $DB_USER" "create it by hand: createuser -P $DB_USER"
  info "created role $DB_USER"
else
  info "role $DB_USER exists"
fi
for db in "$@"; do
  if [ "$(psql_super -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    psql_super -c "create database \"$db\" owner \"$DB_USER\" encoding 'UTF8' template template0" \
      || fail "creating database $db" "create it by hand: createdb -O $DB_USER $db"
    info "created database $db"
  else
    info "database $db exists"
  fi
done
PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$1" -qtAc "select 1" >/dev/null \
  || fail "connecting as $DB_USER over TCP" "allow password (md5/scram) login from $DB_HOST in pg_hba.conf"
