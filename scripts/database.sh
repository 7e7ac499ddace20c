#!/usr/bin/env bash
# Creates the database roles and the given databases if they do not exist (never drops anything); each
# database DB gets its DataStore database DB_datastore, written by the portal's role and read by a read-only
# role, with the permissions CKAN's `ckan datastore set-permissions` prescribes (applied on every run).
# Usage: scripts/database.sh DBNAME...
source "$(dirname "$0")/lib.sh"

step "Creating the database roles '$DB_USER', '$DATASTORE_READER' and databases: $* (each with its _datastore)"
psql_super() { as_postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_super -c "select 1" >/dev/null 2>&1 \
  || fail "connecting to PostgreSQL as the postgres superuser" "make sure the local socket works: 'runuser -u postgres -- psql'"
# create_role NAME PASSWORD
create_role() {
  if [ "$(psql_super -c "select 1 from pg_roles where rolname = '$1'")" != 1 ]; then
    psql_super -c "create role \"$1\" login password '$2'" \
      || fail "creating role $1" "create it by hand: createuser -P $1"
    info "created role $1"
  else
    info "role $1 exists"
  fi
}
# create_database NAME
create_database() {
  if [ "$(psql_super -c "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    psql_super -c "create database \"$1\" owner \"$DB_USER\" encoding 'UTF8' template template0" \
      || fail "creating database $1" "create it by hand: createdb -O $DB_USER $1"
    info "created database $1"
  else
    info "database $1 exists"
  fi
}
create_role "$DB_USER" "$DB_PASSWORD"
create_role "$DATASTORE_READER" "$DATASTORE_READER_PASSWORD"
for db in "$@"; do
  create_database "$db"
  create_database "${db}_datastore"
  # CKAN's own permissions script (idempotent; its "already exists" notices silenced): the reader may only
  # SELECT, and only in the DataStore.
  "$PY" -c 'import sys; from ckanext.datastore.cli import permissions_sql; print(permissions_sql(*sys.argv[1:]))' \
    "$db" "${db}_datastore" "$DB_USER" "$DB_USER" "$DATASTORE_READER" \
    | sed '/^\\connect /a SET client_min_messages = warning;' | psql_super >/dev/null \
    || fail "setting the DataStore permissions of ${db}_datastore" \
      "run: ckan -c ckan.ini datastore set-permissions | sudo -u postgres psql"
  info "DataStore permissions set on ${db}_datastore"
done
PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$1" -qtAc "select 1" >/dev/null \
  || fail "connecting as $DB_USER over TCP" "allow password (md5/scram) login from $DB_HOST in pg_hba.conf"
PGPASSWORD="$DATASTORE_READER_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DATASTORE_READER" -d "${1}_datastore" \
  -qtAc "select 1" >/dev/null \
  || fail "connecting as $DATASTORE_READER over TCP" "allow password (md5/scram) login from $DB_HOST in pg_hba.conf"
