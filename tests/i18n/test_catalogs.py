"""The catalogs themselves: valid placeholders, one plural form, complete, in step with the sources."""

from __future__ import annotations

import io
import re

import pytest
from babel.support import Translations
from i18n_support import DOMAIN, I18N, locales, read_catalog, read_template

LOCALES = locales()


def test_indonesian_is_shipped():
    assert "id" in LOCALES


@pytest.mark.parametrize("locale", LOCALES)
def test_babel_checkers_pass(locale):
    catalog = read_catalog(locale)
    problems = {message.id: [str(e) for e in errors] for message, errors in catalog.check()}
    assert problems == {}


@pytest.mark.parametrize("locale", LOCALES)
def test_brace_fields_and_html_tags_match_the_msgid(locale, pipeline):
    catalog = read_catalog(locale)
    problems = {m.id: errors for m in list(catalog)[1:] if (errors := pipeline.format_errors(m, catalog))}
    assert problems == {}


def test_format_errors_catch_broken_placeholders(pipeline):
    catalog = read_catalog("id")
    broken = catalog.get("{number} dataset found")
    broken.string = ("{jumlah} dataset ditemukan",)
    assert any("{} fields" in error for error in pipeline.format_errors(broken, catalog))
    markup = catalog.get('<p class="extra">Please try another search.</p>')
    markup.string = "Silakan coba lagi."
    assert "HTML tags differ from the msgid" in pipeline.format_errors(markup, catalog)


def test_indonesian_has_one_plural_form():
    catalog = read_catalog("id")
    assert catalog.num_plurals == 1 and catalog.plural_expr == "0"
    plurals = [m for m in catalog if isinstance(m.id, tuple)]
    assert plurals and all(len(m.string) == 1 for m in plurals)


def test_catalogs_are_complete_and_in_step_with_the_template(pipeline, capsys):
    assert pipeline.check(strict=True) == 0, capsys.readouterr()


def test_template_is_up_to_date_with_the_sources(pipeline):
    """A new _() in our code or a changed CKAN page needs ``scripts/i18n.sh extract`` and ``update``."""
    current = {message.id for message in list(pipeline.build_template())[1:]}
    shipped = {message.id for message in list(read_template())[1:]}
    assert sorted(map(str, current - shipped)) == [], "new msgids: run scripts/i18n.sh extract && update"
    assert sorted(map(str, shipped - current)) == [], "gone msgids: run scripts/i18n.sh extract && update"


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_catalog_is_current_and_loads(locale):
    po = I18N / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo = po.with_suffix(".mo")
    assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime, "run scripts/i18n.sh compile"
    translations = Translations.load(str(I18N), [locale], DOMAIN)
    assert translations.gettext("Log in") == "Masuk"
    found = translations.ngettext("{number} dataset found", "{number} datasets found", 5)
    assert found == "{number} dataset ditemukan"


def test_terminology_is_consistent():
    """ "Dataset" (not "kumpulan data"), "sumber daya" (not "sumberdaya"), "kata sandi", "silakan", "Anda"."""
    catalog = read_catalog("id")
    strings = [m.string if isinstance(m.string, tuple) else (m.string,) for m in list(catalog)[1:]]
    text = "\n".join(s for group in strings for s in group)
    for avoided in ("kumpulan data", "sumberdaya", "password", "silahkan"):
        assert not re.search(rf"\b{avoided}\b", text.lower()), avoided
    assert not re.search(r"\banda\b", text), "write 'Anda' capitalised"


def test_no_pycache_in_the_i18n_directory():
    """CKAN takes every subdirectory of i18n/ for a locale."""
    assert sorted(p.name for p in I18N.iterdir() if p.is_dir()) == LOCALES


def test_scheming_extractor_takes_plain_strings_only(pipeline):
    schema = b"""
dataset_fields:
- field_name: title
  label: Title
  form_placeholder: {id: Judul, en: Title}
- field_name: tahun
  label: {id: Tahun, en: Year}
  form_placeholder: "2026"
  help_text: Year the data covers
  choices:
  - value: a
    label: Annual
"""
    found = [(line, text) for line, _f, text, _c in pipeline.extract_scheming(io.BytesIO(schema), (), (), {})]
    assert sorted(found) == [(4, "Title"), (9, "Year the data covers"), (12, "Annual")]
