"""A grant to one case, given to whoever showed its registration number and receipt code.

The grant is the case's id signed (itsdangerous, with the receipt secrets: the newest signs, the earlier
ones still verify) with the moment it was given; it holds for ``ckanext.ppid.requests.case_grant_minutes``.
The page keeps it in the visitor's session and passes it to the actions, which open that one case and no
other with it.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from itsdangerous import BadData, URLSafeTimedSerializer

from ckanext.ppid.shell import settings

SALT = "ppid-case-grant"
SESSION_KEY = "ppid_case_grant"


def _serializer() -> URLSafeTimedSerializer:
    # itsdangerous signs with the last key and verifies with any.
    return URLSafeTimedSerializer(list(reversed(settings.receipt_secrets())), salt=SALT)


def minutes() -> int:
    return tk.config.get("ckanext.ppid.requests.case_grant_minutes")


def grant(case_id: str) -> str:
    return _serializer().dumps(case_id)


def case_id_of(token: object) -> str | None:
    """The case a genuine, unexpired grant opens; None for anything else."""
    if not isinstance(token, str) or not token:
        return None
    try:
        found = _serializer().loads(token, max_age=minutes() * 60)
    except BadData:
        return None
    return found if isinstance(found, str) else None
