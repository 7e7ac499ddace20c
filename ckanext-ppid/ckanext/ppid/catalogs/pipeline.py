"""The translation pipeline of ckanext-ppid: extract, update, compile, check (see i18n/README.md).

Run through ``scripts/i18n.sh``; uses Babel's Python API and needs no CKAN configuration, so it runs before
``ckan.ini`` exists. The domain ``ckanext-ppid`` holds two kinds of msgids in one template and one catalog per
language: our own strings, and the upstream (CKAN core, ckanext-scheming, ckanext-activity) strings the public
pages show (``upstream_scope.py``), whose translation here overrides the upstream catalogs at run time.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from ckanext.ppid.catalogs import upstream_scope

I18N = Path(__file__).resolve().parents[1] / "i18n"
ROOT = I18N.parents[3]
DOMAIN = "ckanext-ppid"
POT = I18N / f"{DOMAIN}.pot"
PACKAGE = ROOT / "ckanext-ppid" / "ckanext" / "ppid"
WIDTH = 110

# Our sources, relative to the repository root: (glob, extraction method). Python files of i18n/ and
# migration/ hold no user-facing strings.
OWN_SOURCES = (
    ("ckanext-ppid/ckanext/ppid/**/*.py", "python"),
    ("harvesters/**/*.py", "python"),
    ("ckanext-ppid/ckanext/ppid/templates/**/*.html", "ckan.lib.extract:extract_ckan"),
    ("ckanext-ppid/ckanext/ppid/templates/**/*.txt", "ckan.lib.extract:extract_ckan"),
    ("ckanext-ppid/ckanext/ppid/assets/**/*.js", "javascript"),
    ("ckanext-ppid/ckanext/ppid/public/**/*.js", "javascript"),
    ("schemas/**/*.yaml", "scheming"),
)
OWN_EXCLUDED = ("ckanext-ppid/ckanext/ppid/i18n/", "ckanext-ppid/ckanext/ppid/migration/")
OWN_PREFIXES = ("ckanext-ppid/", "harvesters/", "schemas/")
# Babel has no plural rule for Indonesian and would write nplurals=2; Indonesian has one form (as in CKAN's id
# catalog). The last catalog Flask-Babel merges sets the plural function, so ours must say it right.
PLURAL_FORMS = {"id": "nplurals=1; plural=0;"}
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "ungettext": (1, 2), "N_": None}

# ckanext-scheming passes plain-string values of these keys through gettext ({lang: text} dicts are
# translated in the schema itself and are not extracted).
SCHEMING_TEXT_KEYS = (
    "label",
    "help_text",
    "form_placeholder",
    "form_alert_warning",
    "repeating_label",
    "upload_label",
    "title",
)

_BRACE_FIELD = re.compile(r"(?<!\{)\{(\w*)(?:[!:][^{}]*)?\}(?!\})")
_HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b")


# ---------------------------------------------------------------------------------------------- extract
def extract_scheming(fileobj, keywords, comment_tags, options) -> Iterator[tuple[int, str, str, list]]:
    """Babel extractor for scheming schemas: plain-string labels, help texts and placeholders."""
    root = yaml.compose(fileobj.read().decode("utf-8"))
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                text = value.value if isinstance(value, yaml.ScalarNode) else None
                if key.value in SCHEMING_TEXT_KEYS and isinstance(text, str) and re.search(r"[^\W\d_]", text):
                    yield value.start_mark.line + 1, "_", text, []
                else:
                    stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


EXTRACTORS: dict[str, str | Callable] = {"scheming": extract_scheming}


def own_messages() -> Iterator[tuple[str | tuple[str, str], tuple[str, int], list[str]]]:
    for pattern, method in OWN_SOURCES:
        for file in sorted(ROOT.glob(pattern)):
            relative = file.relative_to(ROOT).as_posix()
            if relative.startswith(OWN_EXCLUDED):
                continue
            found = extract_from_file(
                EXTRACTORS.get(method, method), file, keywords=KEYWORDS, comment_tags=("Translators:",)
            )
            for lineno, message, comments, context in found:
                if message and context is None:
                    yield message, (relative, lineno), comments


def new_catalog(locale: str | None = None) -> Catalog:
    return Catalog(
        locale=locale,
        domain=DOMAIN,
        project="ckanext-ppid",
        version="0.1.0",
        copyright_holder="ckanext-ppid contributors",
        msgid_bugs_address="",
        charset="utf-8",
        fuzzy=False,
    )


def build_template() -> Catalog:
    """Our own messages first, then the upstream ones, each in source order."""
    catalog = new_catalog()
    for message_id, location, comments in own_messages():
        _add(catalog, message_id, location, comments)
    own_templates = PACKAGE / "templates"
    for message in upstream_scope.upstream_messages(own_templates if own_templates.is_dir() else None):
        _add(catalog, message.id, message.location, [])
    return catalog


def _add(catalog: Catalog, message_id, location: tuple[str, int], comments: list[str]) -> None:
    key = message_id[0] if isinstance(message_id, tuple) else message_id
    existing = catalog.get(key)
    if existing is None:
        catalog.add(message_id, None, [location], auto_comments=comments)
    else:
        if location not in existing.locations:
            existing.locations.append(location)
        existing.auto_comments.extend(c for c in comments if c not in existing.auto_comments)


def _render_po(catalog: Catalog, **kwargs) -> bytes:
    buffer = BytesIO()
    write_po(buffer, catalog, width=WIDTH, **kwargs)
    return buffer.getvalue()


def _write_if_changed(path: Path, catalog: Catalog, dated: str, **kwargs) -> bool:
    """Write a catalog unless only its date would change, so that re-running leaves git clean."""
    if path.exists():
        with path.open("rb") as f:
            old = read_po(f)
        setattr(catalog, dated, getattr(old, dated))
        if _render_po(catalog, **kwargs) == path.read_bytes():
            return False
        setattr(catalog, dated, datetime.now(timezone.utc))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_render_po(catalog, **kwargs))
    return True


def extract() -> int:
    template = build_template()
    own, upstream = classify(template)
    changed = _write_if_changed(POT, template, "creation_date", omit_header=False)
    print(f"{POT.relative_to(ROOT)}: {len(own)} own + {len(upstream)} upstream msgids", end="")
    print(" (written)" if changed else " (unchanged)")
    return 0


# ---------------------------------------------------------------------------------------------- update
def locales() -> list[str]:
    return sorted(d.name for d in I18N.iterdir() if (d / "LC_MESSAGES" / f"{DOMAIN}.po").is_file())


def po_path(locale: str) -> Path:
    return I18N / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(locale: str) -> Path:
    return po_path(locale).with_suffix(".mo")


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale, domain=DOMAIN)


def update(new_locale: str | None = None) -> int:
    template = read_catalog(POT)
    targets = locales()
    if new_locale and new_locale not in targets:
        catalog = new_catalog(new_locale)
        po_path(new_locale).parent.mkdir(parents=True)
        po_path(new_locale).write_bytes(_render_po(catalog))
        targets.append(new_locale)
    for locale in targets:
        catalog = read_catalog(po_path(locale), locale)
        if locale in PLURAL_FORMS:
            catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[locale])]
        catalog.update(template, update_header_comment=False)
        # Obsolete entries are dropped rather than kept as #~ (git keeps the history); babel has already used
        # them for fuzzy matches, which check reports until a translator reviews them.
        changed = _write_if_changed(
            po_path(locale), catalog, "revision_date", omit_header=False, ignore_obsolete=True
        )
        print(f"{po_path(locale).relative_to(ROOT)}: {'updated' if changed else 'unchanged'}")
    return 0


# ---------------------------------------------------------------------------------------------- compile
def compile_catalogs(force: bool = False) -> int:
    """Compile each .po whose .mo is missing or older; prints what it compiled (nothing when up to date)."""
    for locale in locales():
        po, mo = po_path(locale), mo_path(locale)
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        catalog = read_catalog(po, locale)
        buffer = BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        temporary = mo.with_suffix(".mo.tmp")
        temporary.write_bytes(buffer.getvalue())
        temporary.replace(mo)
        translated = sum(1 for m in list(catalog)[1:] if _translated(m))
        print(f"compiled {mo.relative_to(ROOT)} ({translated} messages)")
    return 0


# ---------------------------------------------------------------------------------------------- check
def is_own(message: Message) -> bool:
    return any(path.startswith(OWN_PREFIXES) for path, _line in message.locations)


def classify(template: Catalog) -> tuple[set[str], set[str]]:
    own, upstream = set(), set()
    for message in list(template)[1:]:
        (own if is_own(message) else upstream).add(_key(message))
    return own, upstream


def _key(message: Message) -> str:
    return message.id[0] if isinstance(message.id, tuple | list) else message.id


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return bool(strings) and all(strings) and not message.fuzzy


def brace_fields(text: str) -> set[str]:
    return set(_BRACE_FIELD.findall(text))


def format_errors(message: Message, catalog: Catalog) -> list[str]:
    """Babel's checkers (%-placeholders, plural count) plus {}-fields and HTML tags, which babel ignores."""
    errors = [str(error) for error in message.check(catalog)]
    if not _translated(message):
        return errors
    ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    # With one plural form (Indonesian), the single string stands for the plural msgid too.
    reference = ids[-1]
    for string in strings:
        if brace_fields(string) != brace_fields(reference):
            errors.append(f"{{}} fields {sorted(brace_fields(string))} != {sorted(brace_fields(reference))}")
        if sorted(_HTML_TAG.findall(string)) != sorted(_HTML_TAG.findall(reference)):
            errors.append("HTML tags differ from the msgid")
    return errors


def check(strict: bool = False) -> int:
    """Fail on format errors, fuzzy entries, entries out of sync with the .pot, untranslated own msgids.

    Untranslated upstream msgids fall back to the upstream catalog (often English); they are listed, and
    fail with ``strict``.
    """
    template = read_catalog(POT)
    own, upstream = classify(template)
    problems = 0
    for locale in locales():
        catalog = read_catalog(po_path(locale), locale)
        keys = {_key(m) for m in list(catalog)[1:]}
        untranslated_upstream = []
        for missing in sorted((own | upstream) - keys):
            problems += _report(locale, missing, "not in the .po: run scripts/i18n.sh update")
        for message in list(catalog)[1:]:
            key = _key(message)
            for error in format_errors(message, catalog):
                problems += _report(locale, key, error)
            if message.fuzzy:
                problems += _report(locale, key, "fuzzy: review the translation and remove the flag")
            elif not _translated(message):
                if key in own:
                    problems += _report(locale, key, "untranslated")
                else:
                    untranslated_upstream.append(key)
        if untranslated_upstream:
            for key in untranslated_upstream:
                print(f"{locale}: {'ERROR' if strict else 'warning'}: untranslated upstream msgid {key!r}")
            problems += len(untranslated_upstream) if strict else 0
        done = sum(1 for m in list(catalog)[1:] if _translated(m))
        total = len(own) + len(upstream)
        print(f"{locale}: {done}/{total} translated ({len(own)} own, {len(upstream)} upstream)")
    if problems:
        print(f"check failed: {problems} problem(s)", file=sys.stderr)
        return 1
    return 0


def _report(locale: str, key: str, problem: str) -> int:
    print(f"{locale}: ERROR: {key!r}: {problem}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/i18n.sh", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help=f"write {DOMAIN}.pot: our strings and the upstream ones in scope")
    update_parser = commands.add_parser("update", help="merge the .pot into every language's .po")
    update_parser.add_argument("--init", metavar="LOCALE", help="start a catalog for a new language")
    compile_parser = commands.add_parser("compile", help="build the .mo files that are out of date")
    compile_parser.add_argument("--force", action="store_true", help="rebuild every .mo")
    check_parser = commands.add_parser("check", help="fail on errors, fuzzy or untranslated own msgids")
    check_parser.add_argument("--strict", action="store_true", help="fail on untranslated upstream too")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return extract()
    if args.command == "update":
        return update(args.init)
    if args.command == "compile":
        return compile_catalogs(args.force)
    return check(args.strict)


if __name__ == "__main__":
    sys.exit(main())
