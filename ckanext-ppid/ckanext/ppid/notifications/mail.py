"""E-mail notices: rendered from ``templates/emails/ppid/`` in the site's language.

Every message to a person goes through the outbox (``notifications.outbox``) and is rendered when its row is
sent (``notifications.channels``), by a background job outside any web request; but CKAN renders templates
and translates only inside a Flask request context. The job borrows the context CKAN itself keeps for work
outside web requests in commands and workers (the one its ``url_for`` falls back on), and forces the site's
default locale: a notice goes to people whose language the portal does not know.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import ckan.plugins.toolkit as tk
from ckan.lib.helpers import _get_auto_flask_context
from flask_babel import force_locale

from ckanext.ppid.documents.dates import Locale
from ckanext.ppid.shell import settings

TEMPLATES = "emails/ppid"


@dataclass(frozen=True)
class Recipient:
    """Whom a notice is addressed to: the name in the salutation and the ``To`` header, and the address."""

    name: str
    email: str


def _site_locale() -> str:
    return tk.config.get("ckan.locale_default")


def date_locale() -> Locale:
    """The language notices write dates in: English on an English site, Indonesian otherwise."""
    return "en" if _site_locale() == "en" else "id"


@contextlib.contextmanager
def site_language() -> Iterator[None]:
    outside_request = _get_auto_flask_context()
    if outside_request is not None:
        outside_request.push()
    try:
        with force_locale(_site_locale()):
            yield
    finally:
        if outside_request is not None:
            # Ended as without an error: what went wrong (a letter not built yet) is the caller's to record,
            # and the error teardown of a failed web request would roll back and remove the job's session.
            outside_request.pop(None)


def site_vars() -> dict[str, str]:
    """What every notice's template may use: the site's title and address, the body's name."""
    return {
        "site_title": tk.config.get("ckan.site_title"),
        "site_url": tk.config.get("ckan.site_url"),
        "body_name": settings.body_name(),
    }
