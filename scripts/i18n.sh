#!/usr/bin/env bash
# Translation catalogs of ckanext-ppid (ckanext-ppid/ckanext/ppid/i18n/README.md explains the design).
# Usage: scripts/i18n.sh extract           our strings + the CKAN/scheming strings public pages show -> .pot
#        scripts/i18n.sh update [--init LOCALE]   merge the .pot into every language's .po
#        scripts/i18n.sh compile [--force]  build the .mo files that are out of date (fast, idempotent)
#        scripts/i18n.sh check [--strict]   fail on catalog errors, fuzzy entries, untranslated own strings
source "$(dirname "$0")/lib.sh"

pipeline() { "$PY" -m ckanext.ppid.catalogs.pipeline "$@"; }

[ -x "$PY" ] || fail "scripts/i18n.sh" "create the virtualenv first: scripts/python-env.sh"
command="${1:-}"
[ $# -gt 0 ] && shift

case "$command" in
  extract | update | check)
    step "Translations: $command"
    pipeline "$command" "$@" || fail "i18n $command" "read the messages above"
    ;;
  compile)
    step "Compiling the translation catalogs"
    output="$(pipeline compile "$@")" || fail "i18n compile" "fix the .po file named above (scripts/i18n.sh check)"
    if [ -n "$output" ]; then printf '%s\n' "$output" | sed 's/^/    /'; else info "up to date"; fi
    # JavaScript strings are read from the .po files by `ckan translation js` into <storage_path>/i18n/js.
    # It needs a configured portal, so it runs here only when a catalog changed and ckan.ini exists
    # (make run builds them again after writing ckan.ini, and CKAN skips what is up to date).
    ini="${CKAN_INI:-$ROOT/ckan.ini}"
    if [ -n "$output" ] && [ -f "$ini" ]; then
      "$CKAN" -c "$ini" translation js >/dev/null 2>&1 && info "JavaScript translations rebuilt" \
        || info "JavaScript translations not rebuilt (ckan translation js failed; pages still work)"
    fi
    ;;
  *)
    printf 'usage: scripts/i18n.sh {extract|update [--init LOCALE]|compile [--force]|check [--strict]}\n' >&2
    exit 2
    ;;
esac
