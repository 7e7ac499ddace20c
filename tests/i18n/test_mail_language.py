"""Every e-mail and text message the portal sends reads Indonesian on an Indonesian site.

Each template under templates/emails/ppid is rendered as the outbox renders it (``tk.render`` in the site's
language), every variable it uses standing for a value ("X"): what is left is the template's own wording,
which must hold no English word (tests/english_text.py). The letters and receipts (PDF) are read by the
language check of the portal (tests/browser/test_language_check.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ckan.plugins import toolkit as tk
from english_text import english_forms_in, english_in
from flask_babel import force_locale
from jinja2 import meta

from ckanext.ppid.notifications import mail

pytestmark = pytest.mark.usefixtures("with_plugins")

TEMPLATES = Path(__file__).resolve().parents[2] / "ckanext-ppid/ckanext/ppid/templates/emails/ppid"


class Value:
    """Any value a template asks for: each attribute, item and call is one too; it prints as "X"."""

    def __getattr__(self, name):
        return Value()

    def __getitem__(self, key):
        return Value()

    def __call__(self, *args, **kwargs):
        return Value()

    def __iter__(self):
        return iter(())

    def __str__(self):
        return "X"

    __html__ = __str__

    def __format__(self, spec):
        return "X"

    def __mod__(self, other):  # gettext(value) % variables, as _() does with a label passed in
        return self


def template_names() -> list[str]:
    return sorted(path.name for path in TEMPLATES.glob("*.txt"))


def render(app, name: str) -> str:
    """The template with a stand-in for every variable it uses (the caller sets request and language)."""
    env = app.flask_app.jinja_env
    source = (TEMPLATES / name).read_text()
    variables = meta.find_undeclared_variables(env.parse(source)) - set(env.globals) - {"h"}
    return tk.render(f"emails/ppid/{name}", {variable: Value() for variable in variables})


def test_every_kind_of_message_has_templates():
    assert len(template_names()) > 20


def test_every_message_reads_indonesian(app):
    english = {}
    with app.flask_app.test_request_context("/"), mail.site_language():
        for name in template_names():
            text = render(app, name)
            assert text.strip(), name
            words, snippets = english_in(text)
            found = english_forms_in(text)
            if words:
                found.append((", ".join(words), " … ".join(snippets)))
            if found:
                english[name] = found
    assert english == {}


def test_the_check_reads_the_templates_wording(app):
    """The same template in English is caught: the check sees the wording, not only the placeholders."""
    with app.flask_app.test_request_context("/"), force_locale("en"):
        assert english_in(render(app, "request_filed_applicant.txt"))[0]
