#!/usr/bin/env bash
# Writes the git-ignored ckan.ini at the repository root (or the file named as the first argument). A new
# file gets its secrets and database settings once; the settings the portal's features depend on (plugins,
# schemas, roles) and its safe settings (deploy/ckan-security.ini: no debug, cookies, who may create what)
# are applied on every run, so an existing ckan.ini follows the code. Settings not listed here are never
# touched.
source "$(dirname "$0")/lib.sh"
ini="${1:-$ROOT/ckan.ini}"

step "Writing ckan.ini"
if [ -f "$ini" ]; then
  info "keeping the existing ckan.ini (its secrets, database and local settings)"
else
  "$CKAN" generate config "$ini" >/dev/null || fail "ckan generate config" "is .venv complete? run scripts/python-env.sh"
  mkdir -p "$ROOT/var/storage"
  "$CKAN" config-tool "$ini" \
    "sqlalchemy.url=postgresql://$DB_USER:$DB_PASSWORD@$DB_HOST:$DB_PORT/ckan_ppid" \
    "ckan.site_url=${PPID_SITE_URL:-http://127.0.0.1:5000}" \
    "ckan.site_id=ppid" \
    "ckan.redis.url=redis://$REDIS_HOST:$REDIS_PORT/0" \
    "solr_url=http://127.0.0.1:8983/solr/ckan" \
    "ckan.locale_default=id" \
    "ckan.locales_offered=id en" \
    "ckan.display_timezone=Asia/Jakarta" \
    "ckan.storage_path=$ROOT/var/storage" \
    "ckan.auth.create_unowned_dataset=false" \
    "smtp.mail_from=ppid@lembahhijau.example" \
    >/dev/null || fail "ckan config-tool" "edit ckan.ini by hand"
  info "wrote $ini"
fi
# The DataStore (ppid_budget's normalised tables, the Data API): set once, like the database; an older
# ckan.ini without it gets it here. scripts/database.sh created the database and the read-only role.
if ! grep -q '^ckan.datastore.write_url' "$ini"; then
  "$CKAN" config-tool "$ini" \
    "ckan.datastore.write_url=postgresql://$DB_USER:$DB_PASSWORD@$DB_HOST:$DB_PORT/ckan_ppid_datastore" \
    "ckan.datastore.read_url=postgresql://$DATASTORE_READER:$DATASTORE_READER_PASSWORD@$DB_HOST:$DB_PORT/ckan_ppid_datastore" \
    >/dev/null || fail "ckan config-tool (DataStore)" "set ckan.datastore.write_url and read_url in ckan.ini by hand"
  info "DataStore settings added (ckan_ppid_datastore)"
fi
# The body that runs the portal (the demo's): its one name and logo on every page and letter, its PPID's
# contact. Set once, like the database; an operator edits them in ckan.ini (docs/install.md).
if ! grep -q '^ckanext.ppid.body_name' "$ini"; then
  "$CKAN" config-tool "$ini" \
    "ckanext.ppid.body_name=Pemerintah Kabupaten Lembah Hijau" \
    "ckanext.ppid.body_address=Jl. Merdeka No. 1, Lembah Hijau 45100" \
    "ckanext.ppid.body_logo=$ROOT/ckanext-ppid/ckanext/ppid/demo/logo.svg" \
    "ckanext.ppid.contact.phone=(0261) 555 0100" \
    "ckanext.ppid.contact.email=ppid@lembahhijau.example" \
    "ckanext.ppid.service_hours=Senin-Kamis 08.00-15.00 WIB, Jumat 08.00-11.00 WIB" \
    "ckanext.ppid.copy_costs=Salinan cetak Rp500 per halaman; salinan elektronik tidak dipungut biaya." \
    >/dev/null || fail "ckan config-tool (the body)" "set ckanext.ppid.body_name in ckan.ini by hand"
  info "the body's name, logo and contact set (Pemerintah Kabupaten Lembah Hijau)"
fi
"$CKAN" config-tool "$ini" \
  "ckan.plugins=ppid ppid_requests ppid_budget ppid_search scheming_datasets scheming_organizations datastore datatables_view activity image_view dcat" \
  "scheming.dataset_schemas=ckanext.ppid.schemas:dataset.yaml ckanext.ppid.schemas:informasi_publik.yaml ckanext.ppid.schemas:anggaran.yaml" \
  "scheming.organization_schemas=ckanext.ppid.schemas:organization.yaml" \
  "scheming.presets=ckanext.scheming:presets.json" \
  "ckan.auth.roles_that_cascade_to_sub_groups=admin editor" \
  "ckan.views.default_views=image_view datatables_view" \
  "ckan.auth.route_after_login=ppid_home.index" \
  >/dev/null || fail "ckan config-tool (feature settings)" "edit ckan.ini by hand"
info "feature settings applied (plugins, schemas, role cascade, the page after login)"
# Safe settings, whatever was edited by hand. Secure cookies only where the portal is served over https (a
# browser drops them on a plain http address, and no one could log in).
secure=false
if grep -Eq '^ckan\.site_url *= *https://' "$ini"; then secure=true; fi
"$CKAN" config-tool "$ini" -f "$ROOT/deploy/ckan-security.ini" \
  "SESSION_COOKIE_SECURE=$secure" "REMEMBER_COOKIE_SECURE=$secure" \
  >/dev/null || fail "ckan config-tool (safe settings)" "edit ckan.ini by hand: see deploy/ckan-security.ini"
info "safe settings applied (debug off, cookies HttpOnly, SameSite=Lax, Secure=$secure; user details private)"
