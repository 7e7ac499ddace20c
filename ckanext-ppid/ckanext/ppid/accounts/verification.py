"""The link that verifies a new account's e-mail address: a signed token that expires.

The token (itsdangerous, which Flask ships, keyed by CKAN's ``SECRET_KEY`` with a salt of its own) names the
account, a digest of the address it was sent to, and the page to return to; it is valid for
``ckanext.ppid.accounts.verify_hours`` after it was mailed. It verifies only the address it was sent to.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import ckan.plugins.toolkit as tk
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import settings

SALT = "ppid-account-verification"
EXPIRED = N_(
    "This verification link has expired. Ask for a new one below: it is sent to the address you signed up "
    "with."
)
INVALID = N_(
    "This verification link is not valid. Open the link exactly as it is in the e-mail, or ask for a new one."
)


class Refused(Exception):
    """The token is forged, damaged, expired, or for another address than the account's."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class Claim:
    user_id: str
    address: str
    next_page: str


def address_digest(email: str) -> str:
    """The address, hashed: what a token (or a Redis key) holds instead of the address itself."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(tk.config.get("SECRET_KEY"), salt=SALT)


def token(user_id: str, email: str, next_page: str | None) -> str:
    return _serializer().dumps({"u": user_id, "a": address_digest(email), "n": next_page or ""})


def read(value: str) -> Claim:
    """The token's claim; :class:`Refused` when it is expired or not one this portal signed."""
    try:
        data = _serializer().loads(value, max_age=settings.verify_seconds())
    except SignatureExpired as expired:
        raise Refused(EXPIRED) from expired
    except BadSignature as bad:
        raise Refused(INVALID) from bad
    if not isinstance(data, dict) or not all(isinstance(data.get(key), str) for key in ("u", "a", "n")):
        raise Refused(INVALID)
    return Claim(data["u"], data["a"], data["n"])
