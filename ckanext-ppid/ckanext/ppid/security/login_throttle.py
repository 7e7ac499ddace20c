"""Login throttling: too many wrong passwords lock an account, or an address, out of the login form a while.

CKAN 2.12 has nothing of the kind. Failed logins are counted in Redis per account and per IP address, in a
window that starts with the first failure (``ckanext.ppid.login.*``). Reaching a limit sets a lock that
refuses the login form, even with the right password, until it expires. The form is refused before the
password is checked, so a locked account gives nothing away and a guesser learns nothing. A successful login
clears the account's count; a password reset clears its count and lock. The address's count is not cleared by
a success: a guesser could otherwise reset it by logging into an account of their own between guesses.

The hooks: :func:`refuse_when_locked` (``IAuthenticator.login``), :func:`count_failure` (CKAN's
``failed_login`` signal) and :func:`clear_account` (``user_logged_in`` and ``perform_password_reset``).
"""

from __future__ import annotations

import math
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from ckan.lib.redis import connect_to_redis
from flask import Response, has_request_context, make_response, request

from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import settings

LOCKED = N_(
    "Too many sign-in attempts. Please wait {minutes} minutes and try again, or reset your password with "
    "'Forgot your password?'."
)


def _prefix() -> str:
    return f"{tk.config.get('ckan.site_id')}:ppid:login"


def account_key(login: str | None) -> str | None:
    """One key per account whether the user typed the name or the e-mail; unknown logins count too."""
    if not login:
        return None
    user = model.User.by_name(login) or model.User.by_email(login)
    return user.id if user else login.strip().lower()


def _limits(login: str | None, ip: str | None) -> list[tuple[str, int]]:
    """(subject, limit) pairs for the limits that are on."""
    subjects = []
    account = account_key(login)
    if account and settings.login_max_failures() > 0:
        subjects.append((f"account:{account}", settings.login_max_failures()))
    if ip and settings.login_max_failures_per_ip() > 0:
        subjects.append((f"ip:{ip}", settings.login_max_failures_per_ip()))
    return subjects


def locked_seconds(login: str | None, ip: str | None) -> int:
    """Seconds until the account and the address may try again; 0 if neither is locked."""
    redis = connect_to_redis()
    remaining = [redis.ttl(f"{_prefix()}:lock:{subject}") for subject, _limit in _limits(login, ip)]
    return max([0, *remaining])


def record_failure(login: str | None, ip: str | None) -> None:
    """Count one failed login; a subject that reaches its limit is locked and starts counting afresh."""
    redis = connect_to_redis()
    for subject, limit in _limits(login, ip):
        key = f"{_prefix()}:failures:{subject}"
        pipe = redis.pipeline()
        pipe.incr(key)
        pipe.expire(key, settings.login_window_seconds(), nx=True)
        failures, _set = pipe.execute()
        if failures >= limit:
            redis.set(f"{_prefix()}:lock:{subject}", 1, ex=settings.login_lockout_seconds())
            redis.delete(key)


def clear(login: str | None, *, lock: bool) -> None:
    """Forget the account's failures (and its lock, when ``lock``)."""
    account = account_key(login)
    if not account:
        return
    keys = [f"{_prefix()}:failures:account:{account}"]
    if lock:
        keys.append(f"{_prefix()}:lock:account:{account}")
    connect_to_redis().delete(*keys)


def _client_ip() -> str | None:
    return request.remote_addr if has_request_context() else None


# ------------------------------------------------------------------------------------------- CKAN hooks
def refuse_when_locked() -> Response | None:
    """``IAuthenticator.login``: answer a login form post with 429 while its account or address is locked."""
    if request.method != "POST":
        return None
    seconds = locked_seconds(request.form.get("login"), _client_ip())
    if not seconds:
        return None
    tk.h.flash_error(tk._(LOCKED).format(minutes=math.ceil(seconds / 60)))
    response = make_response(tk.render("user/login.html", {}), 429)
    response.headers["Retry-After"] = str(seconds)
    return response


def count_failure(login: Any, **_kwargs: Any) -> None:
    """CKAN's ``failed_login`` signal (sent with the login that was typed)."""
    record_failure(login if isinstance(login, str) else None, _client_ip())


def clear_on_login(_sender: Any, user: Any = None, **_kwargs: Any) -> None:
    """``user_logged_in``: the account's failures are forgotten."""
    if user is not None:
        clear(getattr(user, "name", None), lock=False)


def clear_on_password_reset(username: Any, user: Any = None, **_kwargs: Any) -> None:
    """``perform_password_reset``: whoever reset the password by e-mail may log in again at once."""
    name = getattr(user, "name", None) or (username if isinstance(username, str) else None)
    clear(name, lock=True)
