"""Fixed-window counters in Redis: how often a subject (an IP address, an e-mail address, an account) did
something (``kind``) in the current window.

A window starts with its subject's first count and expires on its own, so nothing needs cleaning up. Subjects
are kept as SHA-256 digests: Redis never holds an e-mail address. A limit of 0 or less is off. Callers check
before they act (:func:`used_up`) and count what happened (:func:`count`): the approach of the filing limits
(``requests/filing/rate_limit.py``) and the login throttle, in one place for the limits that need nothing
more.
"""

from __future__ import annotations

import hashlib

import ckan.plugins.toolkit as tk
from ckan.lib.redis import connect_to_redis


def _key(kind: str, subject: str) -> str:
    digest = hashlib.sha256(subject.strip().lower().encode()).hexdigest()
    return f"{tk.config.get('ckan.site_id')}:ppid:{kind}:{digest}"


def used_up(kind: str, subject: str | None, limit: int) -> bool:
    """Whether ``subject`` has done ``kind`` ``limit`` times in its current window."""
    if not subject or limit <= 0:
        return False
    return int(connect_to_redis().get(_key(kind, subject)) or 0) >= limit


def count(kind: str, subject: str | None, window_seconds: int) -> None:
    """Count one ``kind`` by ``subject``; a window starts with its first count, lasts ``window_seconds``."""
    if not subject:
        return
    key = _key(kind, subject)
    pipe = connect_to_redis().pipeline()
    pipe.incr(key)
    pipe.expire(key, window_seconds, nx=True)
    pipe.execute()
