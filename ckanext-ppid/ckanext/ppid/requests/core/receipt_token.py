"""Signed tokens for the QR code of a receipt (tanda bukti), so a scanned receipt can be checked online.

A token is ``<payload>.<signature>``: the payload is compact JSON of the receipt's data (registration number,
date received, unit: what the shell chooses, never personal data), the signature an HMAC-SHA256 of it with
the portal's secret, both base64url without padding, so the token fits in a URL. Verification compares in
constant time and accepts any of several secrets, so a secret can be rotated without voiding old receipts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence

from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Refused

# 32 bytes: the key length of HMAC-SHA256.
MIN_SECRET_BYTES = 32

MALFORMED = N_("This receipt code is not valid.")
FORGED = N_("This receipt code was not issued by this portal, or it was changed.")

Payload = Mapping[str, str | int]


class InvalidToken(Refused):
    """A token that is malformed or whose signature does not match."""


def _encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: bytes, payload: bytes) -> bytes:
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"the receipt secret must have at least {MIN_SECRET_BYTES} bytes")
    return hmac.new(secret, payload, hashlib.sha256).digest()


def sign(payload: Payload, secret: bytes) -> str:
    """A token carrying ``payload`` (text and whole numbers), signed with ``secret``."""
    raw = json.dumps(dict(payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return f"{_encode(raw)}.{_encode(_signature(secret, raw))}"


def verify(token: str, secrets: Sequence[bytes]) -> dict[str, str | int]:
    """The payload of ``token`` if one of ``secrets`` signed it; :class:`InvalidToken` otherwise."""
    body, dot, signature = token.strip().partition(".")
    if not dot or not body or not signature:
        raise InvalidToken(MALFORMED)
    try:
        raw, given = _decode(body), _decode(signature)
    except (binascii.Error, ValueError) as error:
        raise InvalidToken(MALFORMED) from error
    if not any(hmac.compare_digest(_signature(secret, raw), given) for secret in secrets):
        raise InvalidToken(FORGED)
    try:
        payload = json.loads(raw)
    except ValueError as error:
        raise InvalidToken(MALFORMED) from error
    if not isinstance(payload, dict):
        raise InvalidToken(MALFORMED)
    return payload
