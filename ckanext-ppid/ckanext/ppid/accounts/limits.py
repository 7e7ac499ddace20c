"""Limits on web sign-ups and verification mails, counted in Redis as the filing and login limits are.

Fixed windows of ``ckanext.ppid.accounts.window_minutes`` that start with their first count and expire on
their own (the approach of ``requests/filing/rate_limit.py``): accounts created per IP address, requests to
send the link again per IP address, and verification mails per e-mail address (kept as a digest, never the
address). A limit of 0 is off. Only what happened is counted: a sign-up form sent back with errors is not.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from ckan.lib.redis import connect_to_redis
from flask import has_request_context, request

from ckanext.ppid.accounts.verification import address_digest
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import settings

LIMITED = N_(
    "Too many attempts from your connection or for this e-mail address. Please wait a while and try again."
)


def _key(kind: str, subject: str) -> str:
    return f"{tk.config.get('ckan.site_id')}:ppid:accounts:{kind}:{subject}"


def client_ip() -> str | None:
    return request.remote_addr if has_request_context() else None


def _sign_ups(ip: str | None) -> list[tuple[str, int]]:
    return [(_key("sign-up:ip", ip), settings.sign_ups_per_ip())] if ip else []


def _resends(ip: str | None) -> list[tuple[str, int]]:
    return [(_key("resend:ip", ip), settings.resends_per_ip())] if ip else []


def _mails(email: str | None) -> list[tuple[str, int]]:
    return [(_key("mail:address", address_digest(email)), settings.mails_per_address())] if email else []


def _over(counters: list[tuple[str, int]]) -> bool:
    redis = connect_to_redis()
    return any(limit > 0 and int(redis.get(key) or 0) >= limit for key, limit in counters)


def _count(counters: list[tuple[str, int]]) -> None:
    redis = connect_to_redis()
    pipe = redis.pipeline()
    for key, _limit in counters:
        pipe.incr(key)
        pipe.expire(key, settings.accounts_window_seconds(), nx=True)
    pipe.execute()


def sign_up_limited(ip: str | None) -> bool:
    return _over(_sign_ups(ip))


def count_sign_up(ip: str | None) -> None:
    _count(_sign_ups(ip))


def resend_limited(ip: str | None, email: str | None) -> bool:
    """Whether the address asking, or the e-mail address asked for, has used up its window."""
    return _over(_resends(ip) + _mails(email))


def count_resend(ip: str | None) -> None:
    _count(_resends(ip))


def count_mail(email: str) -> None:
    _count(_mails(email))


def message() -> str:
    return tk._(LIMITED)
