"""Rate limits on filing requests on the web: per account and per IP address, counted in Redis by
``security/rate_counters`` (as is what a visitor without an account may try).

Only filings that succeed are counted (an applicant correcting a form is not held back), in fixed windows
that expire on their own. Staff recording requests that came by other channels are never limited. The
check sits at the web's edge, where an HTTP 429 can be given: the filing page and, through
:func:`guard_api` (a Flask ``before_request`` hook), the action API.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from flask import Response, has_request_context, jsonify, request

from ckanext.ppid.law.markers import N_
from ckanext.ppid.security import rate_counters
from ckanext.ppid.shell import settings

LIMITED = N_(
    "You have filed many requests in a short time. Please try again later, or contact the PPID service desk."
)
ACTION = "ppid_request_create"
ACCOUNT_FILINGS = "request-rate-account"
IP_FILINGS = "request-rate-ip"
WEB = "web"


def _limits(user_id: str | None, ip: str | None) -> list[tuple[str, str | None, int]]:
    return [
        (ACCOUNT_FILINGS, user_id, settings.rate_limit_per_account()),
        (IP_FILINGS, ip, settings.rate_limit_per_ip()),
    ]


def client_ip() -> str | None:
    """The filer's address as the web server saw it (behind a proxy, configure CKAN's proxy handling)."""
    return request.remote_addr if has_request_context() else None


def is_limited(user_id: str | None, ip: str | None) -> bool:
    """Whether the account or the address has used up its filings for the current window."""
    return any(rate_counters.used_up(kind, subject, limit) for kind, subject, limit in _limits(user_id, ip))


def count_filing(user_id: str | None, ip: str | None) -> None:
    """Count one successful filing; a window starts with its first filing and expires on its own."""
    for kind, subject, _limit in _limits(user_id, ip):
        rate_counters.count(kind, subject, settings.rate_limit_window_seconds())


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
