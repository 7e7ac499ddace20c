"""Rate limits on filing requests on the web: per account and per IP address, counted in Redis; and the
counters of what a visitor without an account may try (:func:`used_up`, :func:`count`): filings and
confirmation mails, and guesses of a receipt code.

Only filings that succeed are counted (an applicant correcting a form is not held back), in fixed windows
that expire on their own. Staff recording requests that came by other channels are never limited. The
check sits at the web's edge, where an HTTP 429 can be given: the filing page and, through
:func:`guard_api` (a Flask ``before_request`` hook), the action API.
"""

from __future__ import annotations

import hashlib

import ckan.plugins.toolkit as tk
from ckan.lib.redis import connect_to_redis
from flask import Response, has_request_context, jsonify, request

from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import settings

LIMITED = N_(
    "You have filed many requests in a short time. Please try again later, or contact the PPID service desk."
)
ACTION = "ppid_request_create"
WEB = "web"


def _keys(user_id: str | None, ip: str | None) -> list[tuple[str, int]]:
    prefix = f"{tk.config.get('ckan.site_id')}:ppid:request-rate"
    keys = []
    if user_id:
        keys.append((f"{prefix}:account:{user_id}", settings.rate_limit_per_account()))
    if ip:
        keys.append((f"{prefix}:ip:{ip}", settings.rate_limit_per_ip()))
    return keys


def client_ip() -> str | None:
    """The filer's address as the web server saw it (behind a proxy, configure CKAN's proxy handling)."""
    return request.remote_addr if has_request_context() else None


def is_limited(user_id: str | None, ip: str | None) -> bool:
    """Whether the account or the address has used up its filings for the current window."""
    redis = connect_to_redis()
    return any(int(redis.get(key) or 0) >= limit for key, limit in _keys(user_id, ip))


def count_filing(user_id: str | None, ip: str | None) -> None:
    """Count one successful filing; a window starts with its first filing and expires on its own."""
    redis = connect_to_redis()
    window = settings.rate_limit_window_seconds()
    pipe = redis.pipeline()
    for key, _limit in _keys(user_id, ip):
        pipe.incr(key)
        pipe.expire(key, window, nx=True)
    pipe.execute()


def _counter(kind: str, subject: str) -> str:
    # Subjects may be e-mail addresses: Redis holds their digest, not the address.
    digest = hashlib.sha256(subject.strip().lower().encode()).hexdigest()
    return f"{tk.config.get('ckan.site_id')}:ppid:{kind}:{digest}"


def used_up(kind: str, subject: str | None, limit: int) -> bool:
    """Whether ``subject`` (an IP address, an e-mail address) has had ``limit`` tries of ``kind`` in the
    current window."""
    return bool(subject) and int(connect_to_redis().get(_counter(kind, subject or "")) or 0) >= limit


def count(kind: str, subject: str | None) -> None:
    """Count one try of ``kind`` by ``subject``; the window starts with the first and expires on its own."""
    if not subject:
        return
    key = _counter(kind, subject)
    pipe = connect_to_redis().pipeline()
    pipe.incr(key)
    pipe.expire(key, settings.rate_limit_window_seconds(), nx=True)
    pipe.execute()


def message() -> str:
    return tk._(LIMITED)


def _filed_by_applicant() -> bool:
    data = request.get_json(silent=True) if request.is_json else request.form
    # Form data is a MultiDict, itself a dict; JSON may be anything.
    channel = data.get("channel") if isinstance(data, dict) else None
    return not channel or channel == WEB


def guard_api() -> Response | None:
    """Refuse an API filing with HTTP 429 when the filer is over a limit (Flask ``before_request``)."""
    if request.endpoint != "api.action" or (request.view_args or {}).get("logic_function") != ACTION:
        return None
    user = tk.current_user
    if not user.is_authenticated or not _filed_by_applicant():
        return None
    if not is_limited(user.id, client_ip()):
        return None
    response = jsonify({"success": False, "error": {"__type": "Rate Limited", "message": message()}})
    response.status_code = 429
    response.headers["Retry-After"] = str(settings.rate_limit_window_seconds())
    return response
