"""Receipt QR tokens: signed, URL-safe, verified in constant time, rotatable secrets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

import pytest

from ckanext.ppid.requests.core import receipt_token

SECRET = b"k" * 32
OLD = b"o" * 32
PAYLOAD = {"nomor": "0007/PPID-DINKES/III/2026", "diterima": "2026-03-13", "unit": "dinkes", "v": 1}


def test_a_signed_payload_comes_back():
    token = receipt_token.sign(PAYLOAD, SECRET)
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}", token)
    assert receipt_token.verify(token, [SECRET]) == PAYLOAD
    assert receipt_token.sign(dict(reversed(PAYLOAD.items())), SECRET) == token


def test_a_rotated_secret_still_verifies_old_receipts():
    token = receipt_token.sign(PAYLOAD, OLD)
    assert receipt_token.verify(token, [SECRET, OLD]) == PAYLOAD
    with pytest.raises(receipt_token.InvalidToken) as raised:
        receipt_token.verify(token, [SECRET])
    assert raised.value.message == receipt_token.FORGED


def test_a_changed_payload_is_forged():
    _, signature = receipt_token.sign(PAYLOAD, SECRET).split(".")
    other, _ = receipt_token.sign({**PAYLOAD, "unit": "bappeda"}, SECRET).split(".")
    with pytest.raises(receipt_token.InvalidToken) as raised:
        receipt_token.verify(f"{other}.{signature}", [SECRET])
    assert raised.value.message == receipt_token.FORGED


@pytest.mark.parametrize("token", ["", "abc", ".abc", "abc.", "a.b.c", "!!!.???"])
def test_malformed_tokens(token):
    with pytest.raises(receipt_token.InvalidToken) as raised:
        receipt_token.verify(token, [SECRET])
    assert raised.value.message in {receipt_token.MALFORMED, receipt_token.FORGED}


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_a_signed_non_object_is_malformed():
    raw = b"[1,2]"
    token = f"{_b64(raw)}.{_b64(hmac.new(SECRET, raw, hashlib.sha256).digest())}"
    with pytest.raises(receipt_token.InvalidToken) as raised:
        receipt_token.verify(token, [SECRET])
    assert raised.value.message == receipt_token.MALFORMED


def test_short_secrets_are_refused():
    with pytest.raises(ValueError):
        receipt_token.sign(PAYLOAD, b"short")
