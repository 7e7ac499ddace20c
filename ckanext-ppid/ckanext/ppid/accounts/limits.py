"""Limits on web sign-ups and verification mails (``security.rate_counters``, fixed windows in Redis).

Counted over ``ckanext.ppid.accounts.window_minutes``: accounts created per IP address, requests to send the
link again per IP address, and verification mails per e-mail address. Only what happened is counted: a
sign-up form sent back with errors is not.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from flask import has_request_context, request

from ckanext.ppid.law.markers import N_
from ckanext.ppid.security import rate_counters
from ckanext.ppid.shell import settings

LIMITED = N_(
    "Too many attempts from your connection or for this e-mail address. Please wait a while and try again."
)
SIGN_UP, RESEND, MAIL = "accounts:sign-up:ip", "accounts:resend:ip", "accounts:mail:address"


def client_ip() -> str | None:
    """The visitor's address as the web server saw it (behind a proxy, configure CKAN's proxy handling)."""
    return request.remote_addr if has_request_context() else None


def _count(kind: str, subject: str | None) -> None:
    rate_counters.count(kind, subject, settings.accounts_window_seconds())


def sign_up_limited(ip: str | None) -> bool:
    return rate_counters.used_up(SIGN_UP, ip, settings.sign_ups_per_ip())


def count_sign_up(ip: str | None) -> None:
    _count(SIGN_UP, ip)


def resend_limited(ip: str | None, email: str | None) -> bool:
    """Whether the address asking, or the e-mail address asked for, has used up its window."""
    return rate_counters.used_up(RESEND, ip, settings.resends_per_ip()) or rate_counters.used_up(
        MAIL, email, settings.mails_per_address()
    )


def count_resend(ip: str | None) -> None:
    _count(RESEND, ip)


def count_mail(email: str) -> None:
    _count(MAIL, email)


def message() -> str:
    return tk._(LIMITED)
