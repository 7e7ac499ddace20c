"""E-mail notices: rendered from ``templates/emails/ppid/`` in the site's language, sent with CKAN's mailer.

Notices are sent by background jobs, outside any web request, but CKAN renders templates and translates
only inside a Flask request context. The job borrows the context CKAN itself keeps for work outside web
requests in commands and workers (the one its ``url_for`` falls back on), and forces the site's default
locale: a notice goes to people whose language the portal does not know.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib import mailer
from ckan.lib.helpers import _get_auto_flask_context
from flask_babel import force_locale

from ckanext.ppid import settings
from ckanext.ppid.documents.dates import Locale

log = logging.getLogger(__name__)

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
            outside_request.pop()


def _site_vars() -> dict[str, str]:
    return {
        "site_title": tk.config.get("ckan.site_title"),
        "site_url": tk.config.get("ckan.site_url"),
        "body_name": settings.body_name(),
    }


def send(template: str, recipients: Iterable[Recipient], extra_vars: Mapping[str, Any]) -> list[str]:
    """Mail ``emails/ppid/<template>.txt`` to each recipient; returns the addresses it was sent to.

    The subject is the first line of ``<template>_subject.txt``. Both templates get ``extra_vars``, the
    ``recipient``, ``site_title``, ``site_url`` and ``body_name``. A recipient the mail server refuses is
    logged and the others still get theirs; the failure is raised at the end, so the job shows as failed.
    """
    sent: list[str] = []
    failed: list[str] = []
    for recipient in recipients:
        with site_language():
            page_vars = {**_site_vars(), **extra_vars, "recipient": recipient}
            subject = tk.render(f"{TEMPLATES}/{template}_subject.txt", page_vars).strip().splitlines()[0]
            body = tk.render(f"{TEMPLATES}/{template}.txt", page_vars)
        try:
            mailer.mail_recipient(recipient.name, recipient.email, subject, body)
        except mailer.MailerException:
            log.exception("Notice %s to %s was not sent", template, recipient.email)
            failed.append(recipient.email)
        else:
            sent.append(recipient.email)
    if failed:
        raise mailer.MailerException(f"notice {template} not sent to {', '.join(failed)}")
    return sent


# A mail to send: its template, its recipients and the template's variables.
Mail = tuple[str, list[Recipient], dict[str, Any]]


def send_each(mails: Iterable[Mail]) -> list[str]:
    """Send each mail (template, recipients, template variables); returns the addresses mailed.

    Each mail is tried even when another fails; the job then fails, so it shows and can be retried.
    """
    sent: list[str] = []
    failure = None
    for template, recipients, template_vars in mails:
        try:
            sent += send(template, recipients, template_vars)
        except mailer.MailerException as error:
            failure = error
    if failure is not None:
        raise failure
    return sent
